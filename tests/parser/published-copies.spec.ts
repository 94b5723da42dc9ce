/**
 * Plans as the city republishes them: text copies of PDFs and newsletters with no line breaks, newsletter
 * features with no 基本目標 heading, ■ boxes with ▽ items, 【主な事業】 lines with amounts, an umbrella over
 * 施策1…, a closing office-service pillar. Fixtures written for these tests in those shapes; expectations
 * are what a reader counts in each fixture.
 */
import { describe, it, expect } from 'vitest';
import { unflattenText } from '../../src/lib/plans/unflatten';
import { readLegendLine } from '../../src/lib/plans/read-marker-legend';
import { allInitiatives, parseFixture, readFixture } from './helpers';

const titles = (plan: ReturnType<typeof parseFixture>) => plan.pillars.map((p) => p.title);
const items = (plan: ReturnType<typeof parseFixture>, position: number) =>
  plan.pillars.find((p) => p.position === position)?.initiatives.map((i) => i.title);

describe('a PDF text copy on one line (Ⅰ Ⅱ Ⅲ extracted as T U V)', () => {
  const plan = parseFixture('flat-pdf-text.txt');

  it('is one line as given', () => {
    expect(readFixture('flat-pdf-text.txt').trimEnd().split('\n')).toHaveLength(1);
  });

  it('reads ward, year and the goal without the paragraph after it', () => {
    expect([plan.ward, plan.fiscal_year]).toEqual(['テスト区', 2025]);
    expect(plan.basic_goal).toBe('笑顔で つながる 住みよいまち テスト区');
  });

  it('reads the three pillars and their bullets; the intro bullet is no item', () => {
    expect(titles(plan)).toEqual(['地域のつながりづくり', '健やかに暮らせるまちづくり', '安全・安心なまちづくり']);
    expect(items(plan, 1)).toEqual(['自治会町内会の加入促進を支援します', '地域の担い手を育てる講座を開きます']);
    expect(items(plan, 2)).toEqual(['健康づくりの教室を地域と開きます']);
    expect(items(plan, 3)).toEqual(['地域防災拠点の訓練を支援します']);
    expect(allInitiatives(plan)[0].markers).toEqual(['新']);
  });

  it('reads the 組織運営 items, each title apart from its paragraph', () => {
    const org = plan.sections.filter((s) => s.kind === 'organisation');
    expect(org.map((s) => s.title)).toEqual(['お客様の立場に立ったサービスの提供', '学び合う職場づくり']);
    expect(org[0].body).toContain('笑顔とあいさつでお迎えします。');
  });

  it('points every position at line 1, and says the text was split', () => {
    expect(allInitiatives(plan).every((i) => i.lines[0] === 1 && i.lines[1] === 1)).toBe(true);
    expect(plan.pillars.every((p) => p.lines[0] === 1)).toBe(true);
    expect(plan.warnings.every((w) => w.line === 1)).toBe(true);
    expect(plan.warnings.some((w) => w.message.includes('no line breaks'))).toBe(true);
    expect(plan.truncated).toBe(false);
  });
});

describe('a newsletter text copy on one line (paragraph indents as double spaces)', () => {
  const plan = parseFixture('flat-newsletter-text.txt');

  it('reads ward and year from the feature title, the goal after 基本目標', () => {
    expect([plan.ward, plan.fiscal_year]).toEqual(['テスト区', 2023]);
    expect(plan.basic_goal).toBe('地域と共に考える、つくる! 住み続けたいまち テスト区');
  });

  it('reads 1. … 2. … 3. as the pillars, titles without their 〜subtitle〜', () => {
    expect(titles(plan)).toEqual(['子ども・子育て', 'まちの魅力づくり', '暮らしの安全・安心']);
    expect(plan.pillars[0].summary).toContain('地域子育て支援拠点を中心に');
  });

  it('reads the 主な事業 bullets as items; the contact line is no part of the last one', () => {
    expect(items(plan, 1)).toEqual(['地域子育てネットワーク事業', '親子の居場所事業']);
    expect(items(plan, 2)).toEqual(['テスト区観光振興事業']);
    expect(items(plan, 3)).toEqual(['防災えんづくり事業', '交通安全啓発事業']);
    expect(allInitiatives(plan).some((i) => i.description.includes('問合せ'))).toBe(false);
  });

  it('matches the 3つの柱 it declares: no count warning', () => {
    expect(plan.warnings.some((w) => w.message.includes('pillars ('))).toBe(false);
  });
});

describe('a newsletter feature with no 基本目標 heading ([1] … [3])', () => {
  const plan = parseFixture('newsletter-feature-brackets.txt');

  it('reads the ward from the masthead and the year from the feature title', () => {
    expect([plan.ward, plan.fiscal_year]).toEqual(['テスト区', 2020]);
  });

  it('reads the bracketed series as pillars and the ● lines as items', () => {
    expect(titles(plan)).toEqual(['誰もがいきいきと、健やかに暮らせるまち', '安全で安心して暮らせるまち', '魅力を高め、発信するまち']);
    expect(items(plan, 1)).toEqual(['あおぞら健康ウォーキング']);
    expect(items(plan, 2)).toEqual(['地域防災拠点の訓練支援']);
    expect(items(plan, 3)).toEqual(['区の魅力発信サイトの運営']);
  });

  it('says there is no 基本目標, and does not call a list of one-line items truncated', () => {
    expect(plan.basic_goal).toBeNull();
    expect(plan.warnings.some((w) => w.message === 'no 基本目標 found')).toBe(true);
    expect(plan.truncated).toBe(false);
  });
});

describe('a newsletter web copy: ■ boxes with ▽ items, the goal only as a ~…~ line', () => {
  const plan = parseFixture('newsletter-boxes-no-goal-heading.txt');

  it('reads the ward from 横浜市テスト区 and the year from the feature title', () => {
    expect([plan.ward, plan.fiscal_year]).toEqual(['テスト区', 2023]);
  });

  it('reads each ■ box as a pillar, over a tagline, and its ▽ lines as items', () => {
    expect(titles(plan)).toEqual(['安全に安心して暮らせるまちづくり', '地域で支えあう福祉・保健のまちづくり']);
    expect(items(plan, 1)).toEqual(['防災情報ポータルサイトの構築', 'まるごとまちごとハザードマップの設置']);
    expect(items(plan, 2)).toEqual(['子育て応援イベントの開催']);
    expect(allInitiatives(plan)[2].markers).toEqual(['新規']);
    expect(allInitiatives(plan)[0].description).toBe('防災に関する情報をまとめて確認できるポータルサイトを公開します。');
  });

  it('takes the slogan between tildes under the title as the goal, and says so', () => {
    expect(plan.basic_goal).toBe('活気にあふれ、人と地域がつながる「ふるさとテスト」');
    expect(plan.warnings.some((w) => w.line === 10 && w.message.includes('slogan between tildes'))).toBe(true);
  });

  it('takes no legend from "(特集2)2023年度 …"', () => {
    expect(plan.legend).toEqual([]);
  });
});

describe('【主な事業】 lines with amounts under circled pillars', () => {
  const plan = parseFixture('budget-labelled-programs.txt');

  it('reads ①–③ as pillars and each named program as an item with its program name', () => {
    expect(titles(plan)).toEqual(['テストの未来を創る!', 'テストの魅力をもっと発信!', 'すくすく育て!テストっこ']);
    expect(items(plan, 1)).toEqual(['文化施設機能整備検討事業']);
    expect(items(plan, 2)).toEqual(['テスト区観光振興事業', '花と緑のまちづくり事業']);
    expect(items(plan, 3)).toEqual(['子育て応援事業']);
    expect(allInitiatives(plan).map((i) => i.program_name)).toEqual(allInitiatives(plan).map((i) => i.title));
  });

  it('keeps (新規事業) as a marker and the amount in the description', () => {
    const first = allInitiatives(plan)[0];
    expect(first.markers).toEqual(['新規事業']);
    expect(first.description).toBe('文化施設機能整備検討事業(新規事業)100万円');
  });

  it('keeps the <金額> captions out of the summaries', () => {
    expect(plan.pillars.every((p) => !(p.summary ?? '').includes('万円'))).toBe(true);
  });
});

describe('an umbrella over 施策1…, and a closing office-service pillar', () => {
  const plan = parseFixture('umbrella-shisaku-office-pillar.txt');

  it('sets the umbrella aside with a warning and reads 施策1–3 and the office-service pillar', () => {
    expect(titles(plan)).toEqual(['安全・安心のまちづくり', '見守り・支えあいのまちづくり', '住み続けたいまちづくり', '正確・丁寧な行政サービスの提供']);
    expect(plan.pillars.map((p) => p.position)).toEqual([1, 2, 3, 4]);
    expect(plan.warnings.some((w) => w.line === 5 && w.message.includes('地域の皆さまと協働で進める地域づくり'))).toBe(true);
    expect(plan.pillars[3].summary).toBe('区民の皆さまを心をこめて温かくお迎えします。');
  });

  it('does not call the summary-only last pillar an early stop', () => {
    expect(plan.truncated).toBe(false);
  });
});

describe('a feature on the 主要事業 with unnumbered pillar headings and image alt text', () => {
  const plan = parseFixture('feature-unnumbered-pillars-alt-text.txt');

  it('reads the headings worded like pillars, and no alt text as one', () => {
    expect([plan.ward, plan.fiscal_year]).toEqual(['テスト区', 2014]);
    expect(titles(plan)).toEqual(['子育てに寄りそうまち', '安心していきいきと暮らせるまち', '地域の活力があふれるまち']);
    expect(plan.pillars[1].summary).toBe('地域と連携して、防災力・防犯力を強化します。');
  });
});

describe('a table per pillar under its caption 「…の主な事業・取組」', () => {
  const plan = parseFixture('table-caption-per-pillar.txt');

  it('reads the rows as items, the caption as no line left out', () => {
    expect(items(plan, 1)).toEqual(['自治会町内会加入促進の取組', '区民活動支援事業']);
    expect(items(plan, 2)).toEqual(['防災訓練支援事業']);
    expect(plan.warnings.map((w) => w.message)).toEqual(['no 基本目標 found']);
  });
});

describe('a PDF with every line wrapped at its column width, the slogan above its heading', () => {
  const plan = parseFixture('pdf-wrapped-summaries-slogan-above.txt');

  it('reads the slogan above Ⅰ 基本目標 with the subtitle under it as the goal', () => {
    expect(plan.basic_goal).toBe('活気にあふれ、人が、地域がつながる「ふるさとテスト」~区民の皆様とともに歩む区政~');
  });

  it('keeps each wrapped summary whole, and takes none of its lines for an item', () => {
    expect(plan.pillars[0].summary).toBe('地域防災拠点の充実、情報発信強化、自助・\n共助による地域防災力の向上を進めます。');
    expect(plan.pillars[1].summary?.split('\n')).toHaveLength(3);
    expect(allInitiatives(plan).map((i) => i.title)).toEqual(['地域福祉保健計画の推進']);
  });
});

describe('items labelled 新規： / 拡充：, and a ※ note under an item', () => {
  const plan = parseFixture('labelled-items-and-notes.txt');

  it('reads each labelled line as an item with its marker, the label out of the title', () => {
    expect(items(plan, 1)).toEqual(['地域包括ケアシステムの推進(eスポーツを活用した高齢者向け事業の検討等)', '子育て相談の充実']);
    expect(plan.pillars[0].initiatives.map((i) => i.markers)).toEqual([['新規'], ['拡充']]);
    expect(plan.pillars[0].initiatives[1].description).toBe('拡充：子育て相談の充実');
  });

  it('keeps the ※ note in the description of the item above it, and no warning for it', () => {
    expect(plan.pillars[1].initiatives[0].description).toBe('防災訓練の支援\n※在宅医療マップ(区役所で配布中)');
    expect(plan.warnings).toEqual([]);
    expect(plan.truncated).toBe(false);
  });
});

describe('unflattenText', () => {
  it.each<[string, string[]]>([
    // Part numbers kept with their headings, a goal line apart from its paragraph.
    ['テスト区運営方針 T 基本目標 笑顔の まち テスト区 地域と力を合わせ、暮らしを守ります。 U 目標達成に向けた施策 1 地域づくり ・防災訓練を行います。 2 健康づくり ・教室を開きます。' + ' 説明文です。'.repeat(40),
      ['テスト区運営方針', 'T 基本目標', '笑顔の まち テスト区', '地域と力を合わせ、暮らしを守ります。', 'U 目標達成に向けた施策', '1 地域づくり', '・防災訓練を行います。', '2 健康づくり', '・教室を開きます。']],
    // [施策 1] stays one heading; 【基本目標】 keeps its goal on its line; a lone [+D] marker stays with its item.
    ['【基本目標】愛あふれる ふるさと ●協働でつくるまち [施策 1]安全・安心のまちづくり ・見守りを進めます [+D] 2027年に向けて 30種類の講座を開きます。' + ' 説明文です。'.repeat(40),
      ['【基本目標】愛あふれる ふるさと', '●協働でつくるまち', '[施策 1]安全・安心のまちづくり', '・見守りを進めます [+D] 2027年に向けて 30種類の講座を開きます。']]
  ])('%#', (line, firstLines) => {
    const out = unflattenText(line).text.split('\n');
    expect(out.slice(0, firstLines.length)).toEqual(firstLines);
  });

  it('leaves texts with line breaks alone, and short single lines too', () => {
    const text = '令和5年度テスト区運営方針\n基本目標\n笑顔のまち';
    expect(unflattenText(text)).toEqual({ text, origin: [1, 2, 3], splitLines: 0 });
    const oneLong = 'とても長い段落です。'.repeat(40);
    expect(unflattenText(oneLong).splitLines).toBe(0);
  });

  it('maps every split line to the given line', () => {
    const text = `前の行\n${'1 地域づくり ・訓練を行います。 2 健康づくり ・教室を開きます。 '.repeat(10)}\n後の行`;
    const out = unflattenText(text);
    expect(out.splitLines).toBe(1);
    expect(out.origin[0]).toBe(1);
    expect(out.origin.slice(1, -1).every((n) => n === 2)).toBe(true);
    expect(out.origin[out.origin.length - 1]).toBe(3);
  });
});

describe('legend codes', () => {
  it.each(['(特集2)2023年度 テスト区で行う主な事業', '(1)地域のつながり', '(注1)対象は区内在住の方'])('%s is no legend row', (line) => {
    expect(readLegendLine(line, 1)).toBeNull();
  });
  it('(デ)デジタル is one', () => {
    expect(readLegendLine('(デ)デジタル', 1)?.marker).toBe('デ');
  });
});
