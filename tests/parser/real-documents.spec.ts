/**
 * The two real documents in data/raw. Every expected value below was read off the documents by hand
 * (line numbers refer to the files as committed).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePlan } from '../../src/lib/plans/parse-plan';
import { allInitiatives, rawPath } from './helpers';

const izumi = parsePlan(readFileSync(rawPath('izumi-2022.txt'), 'utf8'), { fileName: 'izumi-2022.txt' });
const totsuka = parsePlan(readFileSync(rawPath('totsuka-2022.txt'), 'utf8'), { fileName: 'totsuka-2022.txt' });
const sectionsOf = (plan: typeof izumi, kind: string) => plan.sections.filter((s) => s.kind === kind);

describe('泉区 2022 (PDF extraction)', () => {
  it('reads the header and the basic goal with its subtitle', () => {
    expect(izumi.ward).toBe('泉区');
    expect(izumi.fiscal_year).toBe(2022);
    expect(izumi.title).toBe('令和4年度 泉区運営方針');
    expect(izumi.basic_goal).toBe('みらいへ進もう! 地域とともに ~#住むなら泉区~');
    expect(izumi.truncated).toBe(false);
  });

  it('has 4 pillars at their printed positions, emphasis stripped, catch phrases kept', () => {
    expect(izumi.pillars.map((p) => [p.position, p.title])).toEqual([
      [1, 'とどけよう! いずみの魅力'],
      [2, 'はぐくもう! 地域の力'],
      [3, 'まもろう! 暮らしの安全・安心'],
      [4, 'ささえあおう! 健やかなまち']
    ]);
  });

  it('has 12 initiatives, 3 per pillar', () => {
    expect(izumi.pillars.map((p) => p.initiatives.length)).toEqual([3, 3, 3, 3]);
  });

  it('reads the overview program lists (the OCR variant 子育で期 as printed)', () => {
    expect(izumi.pillars[0].overview_programs).toEqual(['定住・転入促進事業', 'いずみ文化振興事業', '水・緑・みち魅力づくり支援事業']);
    expect(izumi.pillars[3].overview_programs[2]).toBe('妊娠期から子育で期まで切れ目のない支援充実事業');
  });

  it('reads ◆ headings with their program names', () => {
    expect(izumi.pillars[1].initiatives.map((i) => [i.title, i.program_name, i.lines])).toEqual([
      ['地域力の醸成・向上', '地域力支援事業', [119, 121]],
      ['商店街と取り組む賑わいづくり', '商店街振興支援事業', [123, 125]],
      ['脱炭素化行動の普及・啓発', '脱炭素化推進事業', [127, 129]]
    ]);
    expect(izumi.pillars[3].initiatives[1]).toMatchObject({
      title: '誰もが安心して自分らしく暮らせるまちへ',
      program_name: '障害児・者社会参加促進支援事業'
    });
  });

  it('recovers the paragraph at line 95 whose heading was lost', () => {
    const item = izumi.pillars[0].initiatives[2];
    expect(item).toMatchObject({
      position: 3,
      title: '水・緑・みち魅力づくり支援事業',
      program_name: '水・緑・みち魅力づくり支援事業',
      recovered: true,
      lines: [95, 95]
    });
    expect(item.description.startsWith('道路・公園・水辺における花木への水やり')).toBe(true);
    expect(izumi.warnings.some((w) => w.line === 95)).toBe(true);
  });

  it('takes the program name of pillar 4 item 3 from its own line 169', () => {
    expect(izumi.pillars[3].initiatives[2]).toMatchObject({
      title: '地域の子育て支援力向上',
      program_name: '妊娠期から子育て期まで切れ目のない支援充実事業',
      lines: [167, 171]
    });
  });

  it('warns about the 子育で期 variant instead of reporting a missing item, at the line that lists it', () => {
    const messages = izumi.warnings.map((w) => w.message);
    expect(messages.some((m) => m.includes('子育で期') && m.includes('variant'))).toBe(true);
    // Line 57 of izumi-2022.txt is the overview list with 子育で期 (line 55 is the pillar's heading).
    expect(izumi.warnings.find((w) => w.message.includes('子育で期'))?.line).toBe(57);
    expect(messages.some((m) => m.includes('MISSING'))).toBe(false);
  });

  it('keeps captions, photo titles and the mascot out of the items', () => {
    for (const it of allInitiatives(izumi)) {
      expect(it.description).not.toMatch(/[<>＜＞]/);
      expect(it.title).not.toMatch(/[<>＜＞]/);
    }
    const everything = JSON.stringify(izumi.pillars);
    for (const debris of ['プロモーション動画', '地蔵原の桜', 'ボム', 'すきっぷ', '詳細はP']) expect(everything).not.toContain(debris);
  });

  it('has the 3 ■ stance items', () => {
    expect(izumi.stance.map((s) => s.title)).toEqual(['魅力向上・創出', '戦略的な情報発信', '多様な主体との協働']);
    expect(sectionsOf(izumi, 'stance')).toHaveLength(3);
  });

  it('has 3 organisation sections, overview and details merged, not initiatives', () => {
    const org = sectionsOf(izumi, 'organisation');
    // As the details print them (lines 181, 195, 203): the overview's `<u>…</u> ` space is the extraction's.
    expect(org.map((s) => s.title)).toEqual([
      '区民の皆様の信頼に応えます!',
      '区役所全体で地域支援に取り組みます!',
      '「チーム泉」一丸で取り組みます!'
    ]);
    expect(org[0].body).toContain('◆信頼される行政サービスの提供');
    expect(org[0].body).toContain('市税の公平・適正な課税');
    expect(org[2].lines).toEqual([71, 215]);
    const titles = allInitiatives(izumi).map((i) => i.title);
    expect(titles).not.toContain('信頼される行政サービスの提供');
    expect(titles).not.toContain('職員力、チーム力の向上');
  });

  it('has 2 columns', () => {
    const columns = sectionsOf(izumi, 'column');
    expect(columns.map((c) => c.title.slice(0, 4))).toEqual(['コラム①', 'コラム②']);
    expect(columns[1].body).toContain('タブレット端末を利用した窓口での情報提供');
  });

  it('has no legend and no markers', () => {
    expect(izumi.legend).toEqual([]);
    expect(allInitiatives(izumi).every((i) => i.markers.length === 0)).toBe(true);
  });
});

describe('戸塚区 2022 (web page)', () => {
  it('reads the header and the basic goal', () => {
    expect(totsuka.ward).toBe('戸塚区');
    expect(totsuka.fiscal_year).toBe(2022);
    expect(totsuka.title).toBe('令和4年度戸塚区運営方針');
    expect(totsuka.basic_goal).toBe('こころ豊かに つながる笑顔 元気なとつか');
    expect(totsuka.truncated).toBe(false);
  });

  it('has 5 unnumbered pillars in order of appearance, each once', () => {
    expect(totsuka.pillars.map((p) => [p.position, p.title])).toEqual([
      [1, '人と人とがつながるまちづくり'],
      [2, '安全・安心を実感できるまちづくり'],
      [3, '誰もが自分らしく健やかに暮らせるまちづくり'],
      [4, '活気に満ちた魅力あふれるまちづくり'],
      [5, '区民に信頼され親しまれる区役所づくり']
    ]);
    expect(totsuka.pillars[0].summary?.startsWith('自治会町内会をはじめとする様々な団体')).toBe(true);
  });

  it('has 28 initiatives: 3, 10, 7, 6, 2', () => {
    expect(totsuka.pillars.map((p) => p.initiatives.length)).toEqual([3, 10, 7, 6, 2]);
  });

  it('reads the legend from the 4つの重点視点 table and the (新) line', () => {
    expect(totsuka.legend.map((e) => [e.marker, e.label, e.means_new, e.line])).toEqual([
      ['コ', 'Withコロナ', false, 70],
      ['デ', 'デジタル', false, 71],
      ['減', '防災・減災', false, 72],
      ['脱', '脱炭素・環境', false, 73],
      ['新', '令和4年度からの新規事業を含んだ取組', true, 75]
    ]);
    expect(sectionsOf(totsuka, 'legend')).toHaveLength(1);
  });

  it.each([
    // [pillar, item, sub_theme, title, markers, line]
    [1, 3, '地域との「協働」・「共創」の推進', '区民が主体となって地域の課題解決を図る「地域の居場所」の運営支援や、地域でのデジ…', ['新', 'コ', 'デ'], 83],
    [2, 3, '「災害に強いまちとつか」に向けた防災・減災への取組', '在宅の要援護者に対する災害時の停電対策として、新たに可搬式の給電装置を導入し、災…', ['新', '減'], 91],
    [2, 8, '持続可能なインフラの維持・整備', '道路・公園・河川・下水道の維持管理や改良を計画的に進めます', [], 105],
    [2, 9, '持続可能なインフラの維持・整備', '駅周辺の交通混雑緩和に向けて、バスターミナルの拡張・再編や新たな交通規制について…', [], 106],
    [3, 7, '子どもから高齢者まで幅広い世代の健康づくり', '歯や口腔機能の低下防止に向けた講話の実施など、歯と口の健康づくりを推進します', ['新'], 125],
    [5, 1, null, '区庁舎の感染症対策を進め、安心して快適にご利用いただけるように取り組むとともに、…', ['コ', 'デ', '脱'], 146]
  ])('pillar %i item %i', (pillar, position, subTheme, title, markers, line) => {
    const item = totsuka.pillars[pillar - 1].initiatives[position - 1];
    expect(item).toMatchObject({ position, sub_theme: subTheme, title, markers, lines: [line, line], program_name: null });
  });

  it('gives pillar 5 bullets no sub-theme', () => {
    expect(totsuka.pillars[4].initiatives.map((i) => i.sub_theme)).toEqual([null, null]);
  });

  it('has 2 stance items, 3 organisation sections, 14 departments, no columns', () => {
    expect(totsuka.stance).toHaveLength(2);
    expect(totsuka.stance[0].title.startsWith('暮らし、学び、働き、訪れる')).toBe(true);
    // Line 21's first clause runs past 40 characters into 「住みたい、住み続けたい」: cut before the 「.
    expect(totsuka.stance[0].title).toBe('暮らし、学び、働き、訪れる、とつかに関わるすべての人が、いきいきと笑顔あふれ…');
    expect(sectionsOf(totsuka, 'organisation').map((s) => s.title)).toEqual(['地域との協働・共創', 'おもてなしの行政サービス', '活力ある組織づくり']);
    expect(sectionsOf(totsuka, 'department').map((s) => s.title)).toEqual([
      '戸籍課', '保険年金課', '高齢・障害支援課', 'こども家庭支援課', '保育園(舞岡・川上・汲沢・原宿)', '福祉保健課',
      '生活衛生課', '生活支援課', '税務課', '区会計室', '戸塚土木事務所', '区政推進課', '地域振興課', '総務課'
    ]);
    expect(sectionsOf(totsuka, 'department')[4].body).toContain('・子どもの主体性を尊重した笑顔あふれる保育園');
    expect(sectionsOf(totsuka, 'column')).toHaveLength(0);
  });

  it('keeps page furniture out of everything', () => {
    const everything = JSON.stringify({ ...totsuka, warnings: [] });
    // (迷惑電話防止機能付き電話機 at line 100 is content: look for the contact block's own forms.)
    const found = ['このページの先頭です', '最終更新日', 'Adobe', '電話:', 'ファクス:', 'ページID', '先頭に戻る', 'to-kusei', '運営方針PDF版'].filter(
      (debris) => everything.includes(debris)
    );
    expect(found).toEqual([]);
  });

  it('raises no warnings on a clean document', () => {
    expect(totsuka.warnings).toEqual([]);
  });
});
