/**
 * Control documents written to make the parser's newer rules misfire (glued numbers, one-line
 * unflattening, pillars started without a part heading, navigation blocks, ▽ points, office-service
 * pillars, budget lines, plan-name bullets, declared counts, catch phrases, field labels). Each
 * expectation is a reader's hand count of the fixture (tests/fixtures/plans/controls/), not parser output.
 */
import { describe, it, expect } from 'vitest';
import { parseFixture } from './helpers';

interface Control {
  file: string;
  year?: number;
  pillars: string[] | number;
  /** Items per pillar, in order. */
  items: number[];
  /** Sub-themes that must appear as printed. */
  subThemes?: string[];
  /** Text that must be in some item's description. */
  inDescription?: string[];
  truncated?: boolean;
  /** Words no warning may contain. */
  noWarning?: string[];
  goal?: string;
  /** Markers of every item, in order (flattened over the pillars). */
  markers?: string[][];
  /** Titles of the organisation items, in order. */
  organisation?: string[];
}

const CONTROLS: Control[] = [
  { file: '01-glued-subthemes', pillars: ['地域でつながるまちづくり', '誰もが健やかに暮らせるまちづくり', 'にぎわいと学びのあるまちづくり'], items: [2, 2, 2], subThemes: ['3地域ケアプラザとの連携による居場所づくり', '2園合同の子育てひろばの開催', '4大学との連携によるまちの活性化', '3館連携による読書活動の推進'] },
  { file: '02-glued-wrapped', pillars: ['安全・安心に暮らせるまちづくり', '誰もが健やかに暮らせるまちづくり', 'にぎわいのあるまちづくり'], items: [2, 1, 1] },
  { file: '03-izumi-long-para', pillars: ['とどけよう! いずみの魅力', 'はぐくもう! 地域の力'], items: [2, 1], noWarning: ['no line breaks', 'photo title'] },
  { file: '04-preamble-numbered', pillars: ['地域で支え合うまちづくり', '安全・安心なまちづくり', '魅力あふれるまちづくり'], items: [1, 1, 1] },
  { file: '05-preamble-unnumbered', pillars: ['安全・安心に暮らせるまちづくり', '健やかに暮らせるまちづくり', '緑と環境を大切にするまちづくり'], items: [1, 1, 1] },
  { file: '07-office-service-item', pillars: ['地域のつながりを育むまちづくり', '安全・安心なまちづくり', '便利で暮らしやすいまちづくり'], items: [1, 1, 2] },
  { file: '09-bullets-plans-notes', pillars: 3, items: [3, 3, 2] },
  { file: '10-web-nav', year: 2023, pillars: ['地域で支え合うまちづくり', '安全・安心なまちづくり'], items: [3, 2] },
  { file: '11c-declared-count-five', pillars: 4, items: [1, 1, 1, 1], truncated: false },
  { file: '12-catchphrase-wrap', pillars: ['安全・安心なまちづくり', '健やかに暮らせるまちづくり', '緑と文化を生かしたまちづくり'], items: [2, 2, 1], truncated: false },
  { file: '13-triangle-subpoints', pillars: 2, items: [2, 1], inDescription: ['▽対象:', '▽実施時期:', '▽対応言語:'] },
  { file: '14-details-fields', pillars: 2, items: [2, 2], noWarning: ['現状・課題'] },
  { file: '17-budget-lines', pillars: ['安全・安心なまちづくり', '健やかに暮らせるまちづくり', 'にぎわいのあるまちづくり'], items: [2, 2, 1] },
  // A second review's controls.
  { file: 'r02-first-line-comma', pillars: 3, items: [2, 2, 1] },
  { file: 'r03-short-particle-summary', pillars: 2, items: [2, 1], noWarning: ['heads nothing'] },
  { file: 'r04-office-service-no-org', pillars: ['地域のつながりを育むまちづくり', '安全・安心なまちづくり', '子育てしやすいまちづくり'], items: [2, 1, 2], truncated: false },
  { file: 'r07-layout-table-noun-ending', pillars: 2, items: [3, 3] },
  { file: 'r08-labelled-counts', pillars: 2, items: [3, 2], markers: [['新規'], ['拡充'], ['拡充'], ['拡充'], []] },
  { file: 'r09-labelled-sentence', pillars: 2, items: [2, 1] },
  { file: 'r11-marker-word-wrapped', pillars: 2, items: [2, 2], markers: [[], [], [], []] },
  { file: 'r12-goal-then-short-heading', pillars: 2, items: [1, 1], goal: 'ともに支えあい 未来へつなぐ' },
  { file: 'r13-goal-then-mayor', pillars: 2, items: [1, 1], goal: '誰もが住みたい、住み続けたい' },
  { file: 'r17-newsletter-triangle-contact', pillars: ['安全に安心して暮らせるまちづくり', '地域で支えあう福祉・保健のまちづくり'], items: [2, 2], truncated: false },
  { file: 'r19-long-summary-no-stop', pillars: 3, items: [2, 2, 1] },
  { file: 'r20-org-team-slogan', pillars: 2, items: [1, 1], organisation: ['区民の声を聴き、地域とともに考える区役所づくり', '職員一人ひとりが、力を発揮できる組織づくり'] }
];

describe.each(CONTROLS)('$file', (c) => {
  const plan = () => parseFixture(`controls/${c.file}.txt`);

  it('reads the pillars a reader counts', () => {
    const got = plan().pillars.map((p) => p.title);
    if (typeof c.pillars === 'number') expect(got).toHaveLength(c.pillars);
    else expect(got).toEqual(c.pillars);
  });

  it('reads the items a reader counts, per pillar', () => {
    expect(plan().pillars.map((p) => p.initiatives.length)).toEqual(c.items);
  });

  it('keeps what the rules must not touch, and loses nothing outside the pillars', () => {
    const p = plan();
    expect(p.warnings.filter((w) => /outside any pillar/.test(w.message))).toEqual([]);
    if (c.year !== undefined) expect(p.fiscal_year).toBe(c.year);
    if (c.truncated !== undefined) expect(p.truncated).toBe(c.truncated);
    const subThemes = p.pillars.flatMap((x) => x.initiatives.map((i) => i.sub_theme));
    for (const s of c.subThemes ?? []) expect(subThemes).toContain(s);
    const descriptions = p.pillars.flatMap((x) => x.initiatives.map((i) => i.description)).join('\n');
    for (const d of c.inDescription ?? []) expect(descriptions).toContain(d);
    for (const w of c.noWarning ?? []) expect(p.warnings.filter((x) => x.message.includes(w))).toEqual([]);
    if (c.goal !== undefined) expect(p.basic_goal).toBe(c.goal);
    if (c.markers !== undefined) expect(p.pillars.flatMap((x) => x.initiatives.map((i) => i.markers))).toEqual(c.markers);
    if (c.organisation !== undefined) expect(p.sections.filter((x) => x.kind === 'organisation' && x.body !== '').map((x) => x.title)).toEqual(c.organisation);
  });
});
