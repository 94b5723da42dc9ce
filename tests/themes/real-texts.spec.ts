/**
 * Coverage over the two real documents: every initiative gets at least one theme, and the items
 * below get the themes judged right by reading them (not copied from the function's output).
 */
import { describe, expect, it } from 'vitest';
import { assignThemes } from '../../src/lib/themes/assign-themes';
import { izumiInitiatives, totsukaInitiatives, totsukaLegend } from './real-initiatives';

const izumi = izumiInitiatives();
const totsuka = totsukaInitiatives();
const legend = totsukaLegend();

const byLine = <T extends { lines: [number, number] }>(items: T[], line: number): T => {
  const found = items.find((i) => i.lines[0] === line);
  if (!found) throw new Error(`no initiative starts at line ${line}`);
  return found;
};

describe('the test reads the documents as described', () => {
  it('泉区 2022: 12 initiatives (11 ◆ headings + the heading-less paragraph at line 95)', () => {
    expect(izumi).toHaveLength(12);
    expect(byLine(izumi, 95).program_name).toBe('水・緑・みち魅力づくり支援事業');
    expect(byLine(izumi, 167).program_name).toBe('妊娠期から子育て期まで切れ目のない支援充実事業');
    expect(byLine(izumi, 85)).toMatchObject({ title: '泉区の魅力づくりと発信', program_name: '定住・転入促進事業' });
  });

  it('戸塚区 2022: 28 bullets and a legend of four theme codes plus (新)', () => {
    expect(totsuka).toHaveLength(28);
    expect(legend.map((e) => [e.marker, e.line, e.means_new])).toEqual([
      ['コ', 70, false],
      ['デ', 71, false],
      ['減', 72, false],
      ['脱', 73, false],
      ['新', 75, true]
    ]);
    expect(byLine(totsuka, 90).markers).toEqual(['コ', 'デ', '減']);
    expect(byLine(totsuka, 146).sub_theme).toBeNull();
  });
});

describe('every initiative of the two documents is themed', () => {
  it.each(izumi.map((i) => [i.lines[0], i.title, i] as const))('泉区 line %i %s', (_l, _t, i) => {
    expect(assignThemes(i, []).length).toBeGreaterThan(0);
  });
  it.each(totsuka.map((i) => [i.lines[0], i.title, i] as const))('戸塚区 line %i %s', (_l, _t, i) => {
    expect(assignThemes(i, legend).length).toBeGreaterThan(0);
  });
});

type Expect = { line: number; has: string[]; declared?: string[]; not?: string[] };

// 泉区 has no legend: every theme comes from a rule.
const IZUMI: Expect[] = [
  { line: 85, has: ['miryoku-bunka'] }, // 定住・転入促進 (city promotion)
  { line: 89, has: ['miryoku-bunka'] }, // 伝統文化
  { line: 95, has: ['toshi-kiban', 'chiiki-kyodo'] }, // 道路・公園・水辺 cared for by volunteer 愛護会
  { line: 119, has: ['chiiki-kyodo'], not: ['koreisha-fukushi'] }, // 社会参加 is an aside here
  { line: 123, has: ['keizai'] }, // 商店街
  { line: 127, has: ['datsutanso'] },
  { line: 143, has: ['bousai'] },
  { line: 147, has: ['bouhan-kotsu'], not: ['kosodate'] }, // 児童 are the ones protected, not the theme
  { line: 151, has: ['bouhan-kotsu'] },
  { line: 159, has: ['koreisha-fukushi'] }, // 地域包括ケア, 認知症
  { line: 163, has: ['koreisha-fukushi'] }, // 障害児・者
  { line: 167, has: ['kosodate'] }
];

const TOTSUKA: Expect[] = [
  { line: 81, has: ['chiiki-kyodo'] },
  { line: 82, has: ['chiiki-kyodo', 'digital', 'kenko'], declared: ['kenko', 'digital'] },
  { line: 89, has: ['bousai'], declared: ['bousai'] }, // the 地域防災拠点 bullet
  { line: 90, has: ['bousai', 'digital'], declared: ['kenko', 'digital', 'bousai'] },
  { line: 91, has: ['bousai', 'koreisha-fukushi'], declared: ['bousai'] }, // 在宅の要援護者
  { line: 95, has: ['kenko'], declared: ['kenko'] },
  { line: 96, has: ['kenko', 'bousai'], declared: ['bousai'] }, // 食中毒 and ペットの災害時の備え
  { line: 100, has: ['bouhan-kotsu'], declared: [] }, // only (新): no declared theme
  { line: 101, has: ['bouhan-kotsu'] },
  { line: 105, has: ['toshi-kiban'] },
  { line: 106, has: ['toshi-kiban'] },
  { line: 107, has: ['toshi-kiban', 'datsutanso', 'bousai'], declared: ['bousai', 'datsutanso'] },
  { line: 113, has: ['kosodate'], declared: ['digital'] },
  { line: 114, has: ['kosodate', 'koreisha-fukushi'], not: ['datsutanso'] }, // 学習支援, 生活困窮; 養育環境 ≠ 環境
  { line: 118, has: ['koreisha-fukushi'] },
  { line: 119, has: ['koreisha-fukushi'] },
  { line: 120, has: ['koreisha-fukushi', 'digital'], declared: ['kenko', 'digital'] },
  { line: 124, has: ['kenko'] },
  { line: 125, has: ['kenko', 'kosodate'] }, // 歯と口; 親子, 幼児の食育
  { line: 131, has: ['keizai'] }, // 中小企業
  { line: 132, has: ['keizai'], not: ['toshi-kiban'] }, // the 商店街 bullet; 商店街づくり ≠ 街づくり
  { line: 136, has: ['miryoku-bunka'] },
  { line: 137, has: ['miryoku-bunka'] },
  { line: 141, has: ['datsutanso'], declared: ['digital', 'datsutanso'] },
  { line: 142, has: ['datsutanso'], declared: ['datsutanso'] },
  { line: 146, has: ['kuyakusho'] }, // 区庁舎, 窓口
  { line: 147, has: ['kuyakusho', 'digital'] } // 広報
];

function check(themes: ReturnType<typeof assignThemes>, e: Expect) {
  const slugs = themes.map((t) => t.slug);
  expect(slugs).toEqual(expect.arrayContaining(e.has));
  for (const s of e.not ?? []) expect(slugs).not.toContain(s);
  if (e.declared) {
    expect(themes.filter((t) => t.provenance === 'declared').map((t) => t.slug)).toEqual(e.declared);
  }
  expect(new Set(slugs).size).toBe(slugs.length);
}

describe('chosen items get the themes read from the text', () => {
  it.each(IZUMI)('泉区 line $line → $has', (e) => {
    const themes = assignThemes(byLine(izumi, e.line), []);
    check(themes, e);
    expect(themes.every((t) => t.provenance === 'rule')).toBe(true);
  });
  it.each(TOTSUKA)('戸塚区 line $line → $has', (e) => check(assignThemes(byLine(totsuka, e.line), legend), e));

  it('declared evidence names the marker, its legend label and line', () => {
    const themes = assignThemes(byLine(totsuka, 142), legend);
    expect(themes[0]).toEqual({ slug: 'datsutanso', provenance: 'declared', evidence: '(脱) 脱炭素・環境 (legend line 73)' });
  });
});
