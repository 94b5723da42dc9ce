/**
 * Synthetic plans for the benchmark: every contract table, deterministic (seeded PRNG), clearly fake
 * (cities 合成市NN, wards 合成区NN, plan_id suffix "-synthetic", ward_code null, notes say so).
 * Written with writeTables(..., { synthetic: true, partitionBy }) so initiatives and initiative_tags are
 * split by city × fiscal_year. Never written under static/data: the default output is bench/work/data/<size>.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchColumns } from '../../src/lib/text/search-bits';
import { TABLE_NAMES, type Row, type TableName } from '../../src/lib/tables/schema';
import { assignReadingRanks } from '../../src/lib/tables/reading-rank';
import { ACTORS, CONNECTORS, MARKERS, MEANS, MENTION_MARKERS, PILLAR_TITLES, PLACE_KANJI, PROGRAM_TAILS, PURPOSES, SECTION_TITLES, THEME_WORDS, TITLE_HEADS, TITLE_TAILS, VERBS } from './words';

export const GENERATOR_VERSION = 9; // 9: reading_rank
export const DEFAULT_SEED = 20261122;
export const WARDS_PER_CITY = 18;
export const YEARS = Array.from({ length: 15 }, (_, i) => 2012 + i); // 2012–2026
const SLOTS_PER_CITY = WARDS_PER_CITY * YEARS.length; // 270 ward-years
const MEAN_INITIATIVES_PER_PLAN = 35;

/** '1k' → 1000, '100k' → 100000, '1m' → 1000000, '2500' → 2500. */
export function parseSize(label: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(label.trim());
  if (!m) throw new Error(`bad size "${label}" (use e.g. 1k, 100k, 1m)`);
  const mult = m[2].toLowerCase() === 'k' ? 1e3 : m[2].toLowerCase() === 'm' ? 1e6 : 1;
  return Math.round(Number(m[1]) * mult);
}

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p
  };
}
type Rng = ReturnType<typeof prng>;

interface Theme {
  slug: string;
  label_ja: string;
  label_en: string;
  definition_ja: string;
  definition_en: string;
}

export function loadThemes(root = process.cwd()): Theme[] {
  return (JSON.parse(readFileSync(join(root, 'data/themes/taxonomy.json'), 'utf8')) as { themes: Theme[] }).themes;
}

function eraLabel(fy: number): string {
  if (fy <= 2018) return `平成${fy - 1988}年度`;
  if (fy === 2019) return '令和元年度';
  return `令和${fy - 2018}年度`;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

function description(rng: Rng, slug: string, extraSlug: string | null): string {
  let text = '';
  let guard = 0;
  while (text.length < 140 && guard++ < 8) {
    const s = rng.chance(0.7) || !extraSlug ? slug : extraSlug;
    const word = rng.pick(THEME_WORDS[s]);
    const sentence = rng.chance(0.5)
      ? `${text ? rng.pick(CONNECTORS) : ''}${rng.pick(PURPOSES)}、${rng.pick(ACTORS)}と連携して${word}${rng.pick(VERBS)}。`
      : `${text ? rng.pick(CONNECTORS) : ''}${rng.pick(MEANS)}などにより、${word}${rng.pick(VERBS)}。`;
    text += sentence;
    if (rng.chance(0.5)) {
      const place = `${rng.pick(PLACE_KANJI)}${rng.pick(PLACE_KANJI)}${rng.pick(['地区', '町', '台', '地域ケアプラザ', '公園', '駅周辺'])}`;
      text += `${rng.chance(0.5) ? '特に' : '今年度は'}${place}など${rng.int(2, 48)}か所で年${rng.int(2, 24)}回実施します。`;
    }
  }
  return text;
}

function title(rng: Rng, slug: string): string {
  const w1 = rng.pick(THEME_WORDS[slug]);
  const w2 = rng.pick(PURPOSES).replace(/(ため|よう|し)$/, '');
  return `${rng.pick(TITLE_HEADS)}${w1}${rng.pick(TITLE_TAILS)}～${w2.slice(0, 14)}～`;
}

export interface SyntheticSet {
  tables: Record<TableName, Row[]>;
  /** plan_id → partition keys (for partitionBy on initiatives and initiative_tags). */
  planKeys: Map<string, { city: string; fiscal_year: number }>;
  meta: { initiatives: number; plans: number; cities: number; seed: number; version: number };
}

/** Plan id of an initiative id ({plan_id}-p{n}-{m}). */
export const planOfInitiative = (initiativeId: string) => initiativeId.replace(/-p\d+-\d+$/, '');

export function generateTables(n: number, seed = DEFAULT_SEED, themes = loadThemes()): SyntheticSet {
  const rng = prng(seed);
  const slugs = themes.map((t) => t.slug).filter((s) => THEME_WORDS[s]);
  const plansNeeded = Math.max(1, Math.ceil(n / MEAN_INITIATIVES_PER_PLAN));
  const cities = Math.max(1, Math.ceil(plansNeeded / SLOTS_PER_CITY));
  const cw = Math.max(2, String(cities + 1).length);
  // Every table of the contract (a table added to schema.ts later is written empty until generated here).
  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as Row[]])) as Record<TableName, Row[]>;
  const idsOfPlan = new Map<string, string[]>();
  const planKeys = new Map<string, { city: string; fiscal_year: number }>();
  for (const t of themes) {
    tables.tags.push({ tag_id: `theme:${t.slug}`, kind: 'theme', plan_id: null, marker: null, label_ja: t.label_ja, label_en: t.label_en, description: `${t.definition_ja} / ${t.definition_en}` });
  }
  // A small set takes the most recent years (at least two, so lineage links exist), all wards; slots are
  // visited in a stride permutation so that a partly used city still spreads over wards and years.
  const perCity = Math.min(SLOTS_PER_CITY, Math.ceil(plansNeeded / cities));
  const yearsUsed = Math.min(YEARS.length, Math.max(2, Math.ceil(perCity / WARDS_PER_CITY)));
  const cityYears = YEARS.slice(YEARS.length - yearsUsed);
  const slotCount = cityYears.length * WARDS_PER_CITY;
  const stride = [7, 11, 13, 17, 19, 23, 29, 31].find((p) => slotCount % p !== 0) ?? 1;
  let remaining = n;
  // Random plan sizes: the last city takes every slot it needs so the total is exactly n.
  for (let c = 1; remaining > 0; c++) {
    const city = `合成市${pad(c, cw)}`;
    const limit = c < cities ? perCity : slotCount;
    for (let i = 0; i < limit && remaining > 0; i++) {
      const slot = (i * stride) % slotCount;
      const w = (slot % WARDS_PER_CITY) + 1;
      const fy = cityYears[Math.floor(slot / WARDS_PER_CITY)];
      const ward = `合成区${pad(w, 2)}`;
      const planId = `s${pad(c, cw)}${pad(w, 2)}-${fy}-synthetic`;
      planKeys.set(planId, { city, fiscal_year: fy });
      const era = eraLabel(fy);
      const planMarkers = [MARKERS[0], ...MARKERS.slice(1).filter(() => rng.chance(0.4))];
      tables.plans.push({
        plan_id: planId, city, ward, ward_code: null, fiscal_year: fy, era_label: era,
        title: `${era}${ward}運営方針（合成データ）`, basic_goal: `${rng.pick(TITLE_HEADS)}まち ${ward}`,
        coverage: 'full', subject: '区運営方針', source_kind: 'other', source_url: null, source_file: null,
        published: `${fy}-05-${pad(rng.int(1, 28), 2)}`, truncated: false, fiscal_year_uncertain: false,
        pillars_cut: false, pillars_paraphrased: false, origin: 'shipped',
        notes: '合成データ（ベンチマーク用）。実在の計画ではありません / synthetic benchmark data, not a real plan'
      });
      for (const m of planMarkers) {
        tables.tags.push({ tag_id: `${planId}:marker:${m.code}`, kind: 'marker', plan_id: planId, marker: m.code, label_ja: m.label, label_en: m.en, description: null });
      }
      tables.plan_sections.push(
        { section_id: `${planId}-stance1`, plan_id: planId, kind: 'stance', position: 1, title: SECTION_TITLES[0], body: description(rng, rng.pick(slugs), null), source_lines: null },
        { section_id: `${planId}-legend1`, plan_id: planId, kind: 'legend', position: 1, title: '凡例', body: planMarkers.map((m) => `(${m.code}) ${m.label}`).join(' '), source_lines: null }
      );
      const target = Math.min(remaining, rng.int(MEAN_INITIATIVES_PER_PLAN - 15, MEAN_INITIATIVES_PER_PLAN + 15));
      const pillarCount = Math.min(target, rng.int(3, 6));
      let made = 0;
      let newCount = 0;
      for (let p = 1; p <= pillarCount; p++) {
        const pillarId = `${planId}-p${p}`;
        tables.pillars.push({ pillar_id: pillarId, plan_id: planId, position: p, title: rng.pick(PILLAR_TITLES), summary: description(rng, rng.pick(slugs), null), source_lines: null });
        const count = p === pillarCount ? target - made : Math.max(1, Math.round((target - made) / (pillarCount - p + 1)) + rng.int(-2, 2));
        for (let k = 1; k <= count && made < target; k++, made++) {
          const id = `${pillarId}-${k}`;
          const slug = rng.pick(slugs);
          const extra = rng.chance(0.3) ? rng.pick(slugs) : null;
          const t = title(rng, slug);
          const programName = rng.chance(0.6) ? `${rng.pick(THEME_WORDS[slug]).slice(0, 6)}${rng.pick(PROGRAM_TAILS)}` : null;
          const subTheme = rng.chance(0.2) ? rng.pick(PILLAR_TITLES).slice(0, 8) : null;
          const desc = description(rng, slug, extra);
          const markers = planMarkers.filter((m, mi) => (mi === 0 ? rng.chance(0.2) : rng.chance(0.15)));
          const isNew = markers.some((m) => m.code === '新');
          if (isNew) newCount++;
          (idsOfPlan.get(planId) ?? idsOfPlan.set(planId, []).get(planId)!).push(id);
          tables.initiatives.push({
            initiative_id: id, plan_id: planId, pillar_id: pillarId, position: k, sub_theme: subTheme, title: t,
            program_name: programName, description: desc,
            status: isNew ? 'new' : rng.chance(0.1) ? 'unknown' : 'continuing',
            status_basis: isNew ? '(新) marker printed' : '(新) not printed; the legend defines it',
            ...searchColumns([subTheme, t, programName, desc]),
            recovered: false, source_lines: [k * 3, k * 3 + 2]
          });
          const seen = new Set<string>();
          const tag = (tagId: string, provenance: string, evidence: string) => {
            if (seen.has(tagId)) return;
            seen.add(tagId);
            tables.initiative_tags.push({ initiative_id: id, tag_id: tagId, provenance, evidence });
          };
          for (const m of markers) {
            tag(`${planId}:marker:${m.code}`, 'declared', `(${m.code}) ${m.label}: legend`);
            if (m.slug) tag(`theme:${m.slug}`, 'declared', `(${m.code}) ${m.label}`);
          }
          tag(`theme:${slug}`, 'rule', `「${THEME_WORDS[slug][0]}」 in description`);
          if (extra) tag(`theme:${extra}`, 'rule', `「${THEME_WORDS[extra][0]}」 in description`);
        }
      }
      remaining -= made;
      tables.plan_figures.push(
        { plan_id: planId, metric: 'project_count', value: made, unit: '事業', scope: '自主企画事業', raw: `${made}事業`, source_url: null },
        { plan_id: planId, metric: 'new_project_count', value: newCount, unit: '事業', scope: '新規事業', raw: `うち新規${newCount}事業`, source_url: null },
        { plan_id: planId, metric: 'pillar_count', value: pillarCount, unit: '本', scope: '施策', raw: `${pillarCount}本`, source_url: null }
      );
      const mentioned = new Set<string>();
      for (let k = 0; k < 2; k++) {
        const name = `${rng.pick(THEME_WORDS[rng.pick(slugs)])}${rng.pick(PROGRAM_TAILS)}`;
        if (mentioned.has(name)) continue;
        mentioned.add(name);
        tables.plan_mentions.push({ plan_id: planId, name, marker: rng.pick(MENTION_MARKERS) });
      }
    }
  }
  // Lineage (if the contract has it): most items of a ward's plan continue in the next year's plan.
  if ('initiative_links' in tables) {
    const byKey = new Map<string, string>();
    for (const p of tables.plans) byKey.set(`${p.city}|${p.ward}|${p.fiscal_year}`, p.plan_id as string);
    for (const p of tables.plans) {
      const prev = byKey.get(`${p.city}|${p.ward}|${(p.fiscal_year as number) - 1}`);
      if (!prev) continue;
      const from = idsOfPlan.get(prev) ?? [];
      const to = idsOfPlan.get(p.plan_id as string) ?? [];
      for (let k = 0; k < Math.min(from.length, to.length); k++) {
        if (!rng.chance(0.6)) continue;
        const renamed = rng.chance(0.15);
        tables.initiative_links.push({
          from_initiative_id: from[k], to_initiative_id: to[k], from_plan_id: prev, to_plan_id: p.plan_id,
          method: renamed ? 'title_similarity' : 'program_name', score: renamed ? 0.5 + rng.next() * 0.4 : 1, link_kind: renamed ? 'renamed' : 'continuing'
        });
      }
    }
  }
  assignReadingRanks(tables); // writeTables sets them again; tests load these rows directly
  return { tables, planKeys, meta: { initiatives: tables.initiatives.length, plans: tables.plans.length, cities: new Set([...planKeys.values()].map((k) => k.city)).size, seed, version: GENERATOR_VERSION } };
}
