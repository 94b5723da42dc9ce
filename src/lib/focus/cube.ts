/**
 * Counting the 重点・テーマ charts from the focus cube (queries/focus-cube.ts) in one pass, with the same
 * rows, values and order as the SQL queries theme_counts_by_ward, marker_counts_by_ward and
 * theme_cooccurrence (tests/focus/cube.spec.ts holds them equal over random filters). A filter change
 * then costs a loop over the cube instead of three statements in the DuckDB worker.
 */
import type { Filters } from '../filters/filters';
import { wardMatcher } from '../filters/ward-key';
import type { MarkerCountByWardRow, ThemeCountByWardRow, ThemePairRow } from '../queries/focus';
import { CUBE_MAX_BITS, type CubeBitRow, type CubeMarkerLabelRow, type CubePlanRow, type CubeRow } from '../queries/focus-cube';

interface Label {
  ja: string;
  en: string | null;
}

export interface FocusCube {
  plans: CubePlanRow[];
  /** Theme slug and labels by bit. */
  themes: { slug: string; label: Label }[];
  /** Marker code by bit. */
  markers: string[];
  /** Per plan: the legend label of each marker bit it uses. */
  markerLabels: Map<number, Label>[];
  planIdx: Int32Array;
  status: (string | null)[];
  themeMask: Int32Array;
  markerMask: Int32Array;
  count: Int32Array;
}

export interface FocusCounts {
  themeCounts: ThemeCountByWardRow[];
  markerCounts: MarkerCountByWardRow[];
  pairs: ThemePairRow[];
}

/** The cube, or null when a theme or marker code has no bit (more than CUBE_MAX_BITS of them). */
export function assembleFocusCube(plans: CubePlanRow[], bits: CubeBitRow[], labels: CubeMarkerLabelRow[], rows: CubeRow[]): FocusCube | null {
  if (bits.some((b) => b.bit >= CUBE_MAX_BITS)) return null;
  const themes: FocusCube['themes'] = [];
  const markers: string[] = [];
  for (const b of bits) {
    if (b.kind === 'theme') themes[b.bit] = { slug: b.key, label: { ja: b.label_ja as string, en: b.label_en } };
    else markers[b.bit] = b.key;
  }
  const markerLabels = plans.map(() => new Map<number, Label>());
  for (const l of labels) markerLabels[l.plan_idx]?.set(l.bit, { ja: l.label_ja, en: l.label_en });
  return {
    plans,
    themes,
    markers,
    markerLabels,
    planIdx: Int32Array.from(rows, (r) => r.plan_idx),
    status: rows.map((r) => r.status),
    themeMask: Int32Array.from(rows, (r) => r.theme_mask),
    markerMask: Int32Array.from(rows, (r) => r.marker_mask),
    count: Int32Array.from(rows, (r) => r.n)
  };
}

/** The cube has no text and no pillars: free-text and pillar filters go to SQL. */
export function cubeAnswers(f: Filters): boolean {
  return f.q.trim() === '' && f.pillars.length === 0;
}

/** DuckDB orders VARCHAR by bytes (UTF-8), which is code point order; JS `<` compares UTF-16 units. */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const x = a[Symbol.iterator]();
  const y = b[Symbol.iterator]();
  for (;;) {
    const p = x.next();
    const q = y.next();
    if (p.done || q.done) return p.done ? (q.done ? 0 : -1) : 1;
    const d = (p.value.codePointAt(0) as number) - (q.value.codePointAt(0) as number);
    if (d !== 0) return d;
  }
}

/** ward_code NULLS LAST, then city, then ward (sql-parts wardOrder). */
function compareWards(a: { ward_code: string | null; city: string; ward: string }, b: typeof a): number {
  if (a.ward_code !== b.ward_code) {
    if (a.ward_code === null) return 1;
    if (b.ward_code === null) return -1;
    const c = compareCodePoints(a.ward_code, b.ward_code);
    if (c !== 0) return c;
  }
  return compareCodePoints(a.city, b.city) || compareCodePoints(a.ward, b.ward);
}

const bitsOf = (mask: number, width: number): number[] => {
  const out: number[] = [];
  for (let b = 0; b < width; b++) if (mask & (1 << b)) out.push(b);
  return out;
};

const minText = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : compareCodePoints(a, b) <= 0 ? a : b);

interface WardTally {
  city: string;
  ward: string;
  ward_code: string | null;
  total: number;
  themes: Int32Array;
  markers: Int32Array;
  /** Per marker bit: the first label over the ward's plans that counted it. */
  markerJa: (string | null)[];
  markerEn: (string | null)[];
}

export function focusFromCube(cube: FocusCube, f: Filters): FocusCounts {
  const themeWidth = cube.themes.length;
  const markerWidth = cube.markers.length;
  const years = new Set(f.years);
  const takesWard = wardMatcher(f.wards);
  const statuses = new Set<string>(f.statuses);
  const planPasses = cube.plans.map((p) => (years.size === 0 || years.has(p.fiscal_year)) && takesWard(p.city, p.ward));
  const themeSlugs = new Set(f.themes);
  const markerCodes = new Set(f.markers);
  let themeFilter = 0;
  cube.themes.forEach((t, b) => {
    if (themeSlugs.has(t.slug)) themeFilter |= 1 << b;
  });
  let markerFilter = 0;
  cube.markers.forEach((m, b) => {
    if (markerCodes.has(m)) markerFilter |= 1 << b;
  });

  const wards = new Map<string, WardTally>();
  const wardOfPlan: (WardTally | undefined)[] = [];
  const pairs = new Float64Array(themeWidth * themeWidth);
  for (let r = 0; r < cube.count.length; r++) {
    const plan = cube.planIdx[r];
    if (!planPasses[plan]) continue;
    if (statuses.size > 0 && !statuses.has(cube.status[r] as string)) continue;
    const themeMask = cube.themeMask[r];
    const markerMask = cube.markerMask[r];
    if (f.themes.length > 0 && (themeMask & themeFilter) === 0) continue;
    if (f.markers.length > 0 && (markerMask & markerFilter) === 0) continue;
    const n = cube.count[r];
    let tally = wardOfPlan[plan];
    if (!tally) {
      const p = cube.plans[plan];
      const key = `${p.city}\u0000${p.ward}`;
      tally = wards.get(key);
      if (!tally) {
        tally = {
          city: p.city,
          ward: p.ward,
          ward_code: p.ward_code,
          total: 0,
          themes: new Int32Array(themeWidth),
          markers: new Int32Array(markerWidth),
          markerJa: new Array(markerWidth).fill(null),
          markerEn: new Array(markerWidth).fill(null)
        };
        wards.set(key, tally);
      } else tally.ward_code = minText(tally.ward_code, p.ward_code);
      wardOfPlan[plan] = tally;
    }
    tally.total += n;
    if (themeMask !== 0) {
      const set = bitsOf(themeMask, themeWidth);
      for (let a = 0; a < set.length; a++) {
        tally.themes[set[a]] += n;
        for (let b = a + 1; b < set.length; b++) pairs[set[a] * themeWidth + set[b]] += n;
      }
    }
    if (markerMask !== 0) {
      const labels = cube.markerLabels[plan];
      for (const b of bitsOf(markerMask, markerWidth)) {
        tally.markers[b] += n;
        const label = labels?.get(b);
        if (label) {
          tally.markerJa[b] = minText(tally.markerJa[b], label.ja);
          tally.markerEn[b] = minText(tally.markerEn[b], label.en);
        }
      }
    }
  }

  const ordered = [...wards.values()].sort(compareWards);
  const themeBits = cube.themes
    .map((t, b) => ({ ...t, b }))
    .filter((t) => f.themes.length === 0 || themeSlugs.has(t.slug))
    .sort((x, y) => compareCodePoints(x.slug, y.slug));
  const themeCounts: ThemeCountByWardRow[] = ordered.flatMap((w) =>
    themeBits.map((t) => ({
      city: w.city,
      ward: w.ward,
      ward_code: w.ward_code,
      theme_slug: t.slug,
      label_ja: t.label.ja,
      label_en: t.label.en,
      count: w.themes[t.b],
      ward_total: w.total,
      share: w.themes[t.b] / w.total
    }))
  );
  const markerBits = cube.markers.map((code, b) => ({ code, b })).sort((x, y) => compareCodePoints(x.code, y.code));
  const markerCounts: MarkerCountByWardRow[] = ordered.flatMap((w) =>
    markerBits
      .filter((m) => w.markers[m.b] > 0)
      .map((m) => ({
        city: w.city,
        ward: w.ward,
        ward_code: w.ward_code,
        marker: m.code,
        label_ja: w.markerJa[m.b] as string, // every counted bit has a label: same join
        label_en: w.markerEn[m.b],
        count: w.markers[m.b],
        ward_total: w.total,
        share: w.markers[m.b] / w.total
      }))
  );
  const pairRows: ThemePairRow[] = [];
  for (let a = 0; a < themeWidth; a++) {
    for (let b = a + 1; b < themeWidth; b++) {
      const count = pairs[a * themeWidth + b];
      if (count === 0) continue;
      const [ta, tb] = [cube.themes[a], cube.themes[b]];
      pairRows.push({ theme_a: ta.slug, theme_b: tb.slug, label_a: ta.label.ja, label_b: tb.label.ja, count });
    }
  }
  pairRows.sort((x, y) => y.count - x.count || compareCodePoints(x.theme_a, y.theme_a) || compareCodePoints(x.theme_b, y.theme_b));
  return { themeCounts, markerCounts, pairs: pairRows };
}
