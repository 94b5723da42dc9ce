/** Properties of assignThemes over generated items (fast-check): shape of the result, not its values. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignThemes } from '../../src/lib/themes/assign-themes';
import { defaultThemeRules } from '../../src/lib/themes/default-rules';
import type { LegendEntry, ParsedInitiative } from '../../src/lib/plans/types';

const WORDS = ['防災', '子育て', '商店街', 'デジタル', '高齢者', '自治会', '区役所', '道路', '脱炭素', '防犯', '健康', '多文化', '文化', 'を推進します', '、', '。', '地域', 'まちづくり', '取組'];
const LEGEND: LegendEntry[] = [
  { marker: 'コ', label: 'Withコロナ', description: null, means_new: false, line: 70 },
  { marker: 'デ', label: 'デジタル', description: null, means_new: false, line: 71 },
  { marker: '減', label: '防災・減災', description: null, means_new: false, line: 72 },
  { marker: '新', label: '新規事業を含む取組', description: null, means_new: true, line: 75 }
];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(''));
const initiative = fc.record({
  title: text,
  description: text,
  sub_theme: fc.option(text, { nil: null }),
  program_name: fc.option(text, { nil: null }),
  markers: fc.uniqueArray(fc.constantFrom('コ', 'デ', '減', '新', '脱', '+D', '重点', '★'), { maxLength: 4 })
});
const toItem = (r: Omit<ParsedInitiative, 'position' | 'lines'>): ParsedInitiative => ({ ...r, position: 1, lines: [1, 1] });
const slugs = new Set(defaultThemeRules.themes.map((t) => t.slug));

/** Full-width Latin/digits and stray spaces: what a different extraction of the same text looks like. */
const widen = (s: string) =>
  [...s].map((c) => (/[!-~]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join(' ');

describe('assignThemes properties', () => {
  it('one row per known slug, declared rows first, evidence always present', () => {
    fc.assert(
      fc.property(initiative, fc.boolean(), (r, withLegend) => {
        const got = assignThemes(toItem(r), withLegend ? LEGEND : []);
        const s = got.map((a) => a.slug);
        expect(new Set(s).size).toBe(s.length);
        for (const x of s) expect(slugs.has(x)).toBe(true);
        const firstRule = got.findIndex((a) => a.provenance === 'rule');
        if (firstRule >= 0) expect(got.slice(firstRule).every((a) => a.provenance === 'rule')).toBe(true);
        for (const a of got) expect(a.evidence.length).toBeGreaterThan(0);
      })
    );
  });

  it('is unchanged by full-width forms and spaces', () => {
    fc.assert(
      fc.property(initiative, (r) => {
        const wide = {
          ...r,
          title: widen(r.title),
          description: widen(r.description),
          markers: r.markers.map((m) => `（${widen(m)}）`)
        };
        const a = assignThemes(toItem(r), LEGEND).map((x) => [x.slug, x.provenance]);
        const b = assignThemes(toItem(wide), LEGEND).map((x) => [x.slug, x.provenance]);
        expect(b).toEqual(a);
      })
    );
  });

  it('a (新) marker never adds a theme', () => {
    fc.assert(
      fc.property(initiative, (r) => {
        const without = assignThemes(toItem({ ...r, markers: r.markers.filter((m) => m !== '新') }), LEGEND);
        const withNew = assignThemes(toItem({ ...r, markers: ['新', ...r.markers.filter((m) => m !== '新')] }), LEGEND);
        expect(withNew.map((x) => x.slug).sort()).toEqual(without.map((x) => x.slug).sort());
      })
    );
  });
});
