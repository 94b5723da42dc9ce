/**
 * Text a PDF reader extracts from the wards' plan PDFs (small documents written for these tests, read by
 * hand): lines wrapped at the column width, a program name wrapped inside its 【】, a name starting with
 * 旧, ① ② extracted as @ A B, a table with one cell per line, a goal and its subtitle wrapped.
 */
import { describe, it, expect } from 'vitest';
import type { ParsedPlan } from '../../src/lib/plans/types';
import { parseFixture } from './helpers';

const pdf = (name: string) => parseFixture(`pdf-text/${name}.txt`);
const rows = (plan: ParsedPlan) => plan.pillars.map((p) => p.initiatives.map((i) => [i.title, i.program_name]));

describe('a summary wrapped under the details heading, a program name wrapped inside 【】', () => {
  const plan = pdf('m1-summary-and-split-program');
  it('reads each ◆ heading with its program name, and the wrapped summary as no item', () => {
    expect(rows(plan)).toEqual([
      [['自治会町内会の活動支援', '地域力推進事業'], ['地域福祉保健計画の推進', '地域福祉事業'], ['健康寿命', '健康危機管理事業']],
      [['ほどがやの魅力発信', '区の魅力発信事業']]
    ]);
    expect(plan.pillars[0].initiatives[1].description).toContain('意見交換会を開催します。');
    expect(plan.warnings).toEqual([]);
  });
});

describe('【旧東海道保土ケ谷宿活性化事業】', () => {
  it('is a program name, not a rename note', () => {
    const plan = pdf('m3a-long-heading');
    expect(plan.pillars[0].initiatives[0].program_name).toBe('旧東海道保土ケ谷宿活性化事業');
    expect(plan.warnings.filter((w) => w.message.includes('MISSING'))).toEqual([]);
  });
});

describe('① ② ③ extracted as @ A B, in a column-wise overview', () => {
  const plan = pdf('m5-midori-circled-onelinesum');
  it('reads the numbers, so the pillars are at their printed positions', () => {
    expect(plan.pillars.map((p) => [p.position, p.title])).toEqual([
      [1, '地域のつながりを育むまちづくり'],
      [2, '災害に強い安全なまちづくり'],
      [3, '健やかに安心して暮らせるまちづくり']
    ]);
    expect(plan.sections.filter((s) => s.kind === 'organisation').map((s) => s.title)).toEqual(['区民の皆様に信頼される区役所']);
  });
});

describe('summaries and 組織運営 paragraphs wrapped mid-word', () => {
  const plan = pdf('m6-sakae-onelinesum');
  it('keeps two pillars, each summary whole', () => {
    expect(plan.pillars.map((p) => p.title)).toEqual(['地域の力で支えあうまちづくり', '災害に強く安全・安心なまちづくり']);
    expect(plan.pillars[0].summary).toBe('自治会町内会や地域団体の活動を支援し、地域の課\n題を地域で解決できる力を高めます。');
  });
  it('keeps two 組織運営 items, each with its paragraph', () => {
    const org = plan.sections.filter((s) => s.kind === 'organisation');
    expect(org.map((s) => s.title)).toEqual(['地域との協働・共創', '正確で親切な行政サービス']);
    expect(org[0].body).toContain('ともに解決策を考えま\nす。');
  });
});

describe('a goal and its subtitle wrapped over four lines', () => {
  it('is read whole', () => {
    expect(pdf('m7-tsuzuki-goal-split').basic_goal).toBe('緑と笑顔があふれ、ともに支えあうまち 都筑~ 未来につなぐふるさと都筑 ~');
  });
});

describe('a 主な事業・取組 / 内容 table with one cell per line', () => {
  const plan = pdf('m9a-cells-table');
  it('reads each row: its name, its wrapped text, its marker', () => {
    expect(plan.pillars.map((p) => p.initiatives.map((i) => i.title))).toEqual([
      ['自治会町内会への活動支援', '地域の居場所づくり'],
      ['子育て支援拠点の充実', '放課後の居場所づくり']
    ]);
    expect(plan.pillars[0].initiatives.map((i) => i.markers)).toEqual([[], ['新規']]);
    expect(plan.pillars[0].initiatives[0].description).toBe('加入促進チラシの作成や、役員の負担軽減に向けた回\n覧・会議のデジタル化の相談を行います。');
    expect(plan.warnings).toEqual([]);
  });
});

/**
 * Two complete PDF extracts, against a reader's hand count of each (markers per item, in order): a plan
 * with every line wrapped at its column (sub-themes and titles split, markers on lines of their own, page
 * furniture inside bullets), and a `pdftotext -layout` table whose name cells wrap.
 */
describe.each([
  {
    file: 'wrapped-sakae-2024',
    pillars: ['地域の力で支えあうまちづくり', '災害に強く安全・安心なまちづくり', '誰もが自分らしく健やかに暮らせるまちづくり', '自然と歴史を生かした魅力あるまちづくり', '区民に信頼される区役所づくり'],
    markers: [
      [['新'], [], ['デ'], ['子'], ['新', '子', 'デ']],
      [['防'], ['防'], ['新', '防', '脱'], [], []],
      [['子'], ['新', '子', 'デ'], [], [], []],
      [['新', 'デ'], [], ['脱'], ['脱']],
      [['新', 'デ'], ['デ'], []]
    ],
    organisation: ['地域との協働・共創', '正確で親切な行政サービス', '学び合い支え合う組織づくり']
  },
  {
    file: 'layout-table-kohoku-2021',
    pillars: ['地域の力を育み、支えあうまちづくり', '災害に備え、安全・安心に暮らせるまちづくり', '子育て世代と高齢者が安心して暮らせるまちづくり', 'にぎわいと魅力あふれるまちづくり', '環境にやさしく住みよいまちづくり'],
    markers: [
      [['★', '+D'], [], []],
      [[], ['★'], ['+D'], ['★']],
      [['+D'], [], ['★', '+D'], []],
      [['+D'], [], []],
      [['拡充'], ['★', '+D'], [], []]
    ],
    organisation: ['区民目線のサービス向上', '地域に寄り添う区役所', '職員の育成と働き方改革']
  }
])('$file', ({ file, pillars, markers, organisation }) => {
  const plan = () => pdf(file);
  it('reads every pillar', () => {
    expect(plan().pillars.map((p) => p.title)).toEqual(pillars);
  });
  it('reads every initiative with its markers', () => {
    expect(plan().pillars.map((p) => p.initiatives.map((i) => i.markers))).toEqual(markers);
  });
  it('reads the 組織運営 items', () => {
    expect(plan().sections.filter((s) => s.kind === 'organisation').map((s) => s.title)).toEqual(organisation);
  });
});

describe('cells-tsuzuki-2025: one cell per line, a detail heading wrapped, the text stopping in the last pillar', () => {
  const plan = () => pdf('cells-tsuzuki-2025');
  it('reads each row by its name, with the marker cell under the name', () => {
    expect(plan().pillars.map((p) => p.initiatives.map((i) => i.title))).toEqual([
      ['自治会町内会への活動支援', '地域の居場所づくり', 'ボランティア活動の推進', '多文化共生の地域づくり', '地域福祉保健計画の推進'],
      ['妊娠期からの相談支援', '子育て支援拠点の充実', '放課後の居場所づくり', '子どもの貧困対策', '中学生の職場体験支援'],
      ['地域防災拠点の訓練支援', '風水害への備え', '防犯・交通安全の推進', 'マンション防災の推進'],
      []
    ]);
    expect(plan().pillars.flatMap((p) => p.initiatives.filter((i) => i.markers.length > 0).map((i) => [i.title, i.markers]))).toEqual([
      ['地域の居場所づくり', ['新規']],
      ['妊娠期からの相談支援', ['拡充']],
      ['マンション防災の推進', ['新規']]
    ]);
  });
  it('reads the wrapped detail heading as pillar 2, and says the text stops early', () => {
    expect(plan().pillars[1].title).toBe('子どもたちの成長を見守り育むまち');
    expect(plan().truncated).toBe(true);
    expect(plan().warnings.filter((w) => /outside any pillar|heads nothing/.test(w.message))).toEqual([]);
  });
});

describe('wrapped name cells of a layout table', () => {
  it('join into one name: 地域活動オンライン化支援, 新型コロナウイルスワクチン接種の推進', () => {
    const titles = pdf('layout-table-kohoku-2021').pillars.flatMap((p) => p.initiatives.map((i) => i.title));
    expect(titles).toContain('地域活動オンライン化支援');
    expect(titles).toContain('新型コロナウイルスワクチン接種の推進');
    expect(titles).toContain('新横浜のスポーツ・文化によるにぎわいづくり');
    expect(titles).toHaveLength(18);
  });
});
