/**
 * A plan that says how many pillars it has (「5つの柱」を定めます, 3本柱): the count read is checked
 * against it. And the part numbers of the city's own text copies of plan PDFs, where Ⅰ Ⅱ Ⅲ came out as
 * T U V. Texts written for these tests in the shapes of published web pages.
 */
import { describe, it, expect } from 'vitest';
import { parsePlan } from '../../src/lib/plans/parse-plan';
import { readDeclaredPillarCount } from '../../src/lib/plans/declared-pillar-count';
import { toContentLines } from '../../src/lib/plans/lines';

const HEAD = ['令和6年度テスト区運営方針', '', '基本目標', '', '誰もが笑顔で暮らせるまち テスト区', ''];

function webPage(intro: string, pillars: [string, string][], tail: string[] = []): string {
  return [
    ...HEAD,
    '目標達成に向けた施策',
    '',
    intro,
    '',
    ...pillars.flatMap(([title, summary]) => [title, '', summary, '']),
    ...tail
  ].join('\n');
}

const FIVE: [string, string][] = [
  ['災害に強いまちづくり', '地域の防災力を高め、非常時に備えます。'],
  ['支え合いのまちづくり', '誰もが住み慣れた地域で暮らし続けられるよう支え合いを広げます。'],
  ['多文化共生のまちづくり', '国籍にかかわらず共に暮らせるまちを目指します。'],
  ['にぎわいのあるまちづくり', '商店街や地域の催しを通じて活気を生み出します。'],
  ['区民に寄り添う区役所づくり', '区民の声にすばやく応える区役所を目指します。']
];

describe('a declared pillar count', () => {
  it('a page that stops inside its fourth pillar of five: truncated, and the warning names both counts', () => {
    const text = webPage('「基本目標」の達成に向け、「5つの柱」を定めます。', [
      ...FIVE.slice(0, 3),
      ['にぎわいのあるまちづくり', '商店街や地域の催しを通じて、活気と元気があふれるまちづくり']
    ]).trimEnd();
    const plan = parsePlan(text);
    expect(plan.pillars.map((p) => p.title)).toEqual(FIVE.slice(0, 4).map(([t]) => t));
    expect(plan.truncated).toBe(true);
    const count = plan.warnings.find((w) => w.message.includes('says 5 pillars'));
    expect(count?.message).toContain('4 were read');
    expect(count?.line).toBe(9);
    // The cut summary is the pillar's, not a photo title left out.
    expect(plan.pillars[3].summary).toBe('商店街や地域の催しを通じて、活気と元気があふれるまちづくり');
    expect(plan.warnings.some((w) => w.message.includes('heads nothing'))).toBe(false);
  });

  it('all five pillars read: no count warning and not truncated', () => {
    const plan = parsePlan(webPage('「基本目標」の達成に向け、「5つの柱」を定めます。', FIVE));
    expect(plan.pillars).toHaveLength(5);
    expect(plan.truncated).toBe(false);
    expect(plan.warnings.some((w) => w.message.includes('pillars ('))).toBe(false);
  });

  it('more pillars read than declared: a warning to check the headings, not truncation', () => {
    const plan = parsePlan(webPage('次の3本柱で区政を進めます。', FIVE.slice(0, 4)));
    expect(plan.pillars).toHaveLength(4);
    expect(plan.truncated).toBe(false);
    const w = plan.warnings.find((x) => x.message.includes('says 3 pillars'));
    expect(w?.message).toContain('title split in two');
  });

  it('fewer read than declared but the 組織運営 part follows: a lost heading, not an early stop', () => {
    const text = webPage('「基本目標」の達成に向け、「五つの柱」を定めます。', FIVE.slice(0, 4), [
      '目標達成に向けた組織運営',
      '',
      '区民に信頼される区役所',
      '',
      '丁寧で分かりやすい説明を心がけます。'
    ]);
    const plan = parsePlan(text);
    expect(plan.pillars).toHaveLength(4);
    expect(plan.truncated).toBe(false);
    const w = plan.warnings.find((x) => x.message.includes('says 5 pillars'));
    expect(w?.message).toContain('heading may be lost');
  });

  it('a count of viewpoints in the goal paragraph is no pillar count', () => {
    const text = webPage('3つの視点を踏まえ、すべての事業に取り組みます。', FIVE.slice(0, 4));
    const plan = parsePlan(text);
    expect(plan.pillars).toHaveLength(4);
    expect(plan.warnings.some((w) => w.message.includes('pillars ('))).toBe(false);
  });
});

describe('readDeclaredPillarCount', () => {
  it.each([
    ['「基本目標」の達成に向け、「5つの柱」を定めます。', 5],
    ['基本目標と４つの柱などについて紹介します。', 4],
    ['次の3本柱で進めます。', 3],
    ['六つの施策を柱に進めます。', 6],
    ['3本の柱のもと事業を推進します。', 3],
    ['3つの視点を踏まえて取り組みます。', null],
    ['5つの重点視点', null],
    ['柱となる事業を進めます。', null]
  ])('%s → %s', (line, count) => {
    const lines = toContentLines(`テスト区運営方針\n${line}\n1 災害に強いまちづくり`);
    expect(readDeclaredPillarCount(lines, 3)?.count ?? null).toBe(count);
  });

  it('reads only before the first pillar', () => {
    const lines = toContentLines('テスト区運営方針\n1 災害に強いまちづくり\n5つの柱のひとつです。');
    expect(readDeclaredPillarCount(lines, 2)).toBeNull();
  });
});

describe('part numbers Ⅰ Ⅱ Ⅲ extracted as T U V', () => {
  const text = [
    '令和7年度 テスト区運営方針',
    'T 基本目標',
    'つながりを大切に 誰もが暮らしやすいまち テスト区',
    '地域の皆さまと協力しながら様々な取組を行います。',
    'U 目標達成に向けた施策',
    '1 地域のつながりづくり',
    '・自治会町内会の活動を支援します。',
    '2 安全・安心なまちづくり',
    '・防災訓練を地域と一緒に行います。',
    'V 目標達成に向けた組織運営',
    '1 お客様の立場に立った区民サービスの提供',
    '窓口では笑顔とあいさつでお迎えします。'
  ].join('\n');

  it('reads the goal, the pillars and the 組織運営 part', () => {
    const plan = parsePlan(text);
    expect(plan.basic_goal).toBe('つながりを大切に 誰もが暮らしやすいまち テスト区');
    expect(plan.pillars.map((p) => p.title)).toEqual(['地域のつながりづくり', '安全・安心なまちづくり']);
    expect(plan.pillars.map((p) => p.initiatives.length)).toEqual([1, 1]);
    expect(plan.sections.filter((s) => s.kind === 'organisation').map((s) => s.title)).toEqual(['お客様の立場に立った区民サービスの提供']);
  });

  it('a T or U that is no part number stays text', () => {
    const plain = parsePlan(['テスト区運営方針', '基本目標', 'Tポイントが使えるまち', '目標達成に向けた施策', '1 Uターンを支えるまちづくり', '・相談窓口を開きます。'].join('\n'));
    expect(plain.basic_goal).toBe('Tポイントが使えるまち');
    expect(plain.pillars.map((p) => p.title)).toEqual(['Uターンを支えるまちづくり']);
  });
});
