/**
 * Plans of older years as their pages and PDFs printed them (small documents written for these tests,
 * read by hand): a side menu of years above the title, 区の目標 and 組織目標 headings, a legend sentence
 * after a lead-in, the older Adobe notice, a list caption over rows with no header, ★ rows of a layout
 * table, rename notes and ※新規 labels on lines of their own, 組織運営 text wrapped after a noun.
 */
import { describe, it, expect } from 'vitest';
import { allInitiatives, parseFixture } from './helpers';

const older = (name: string) => parseFixture(`older/${name}.txt`);
const org = (name: string) => older(name).sections.filter((s) => s.kind === 'organisation');

describe('older page shapes', () => {
  it('a side menu of years above the title: the page own title (平成28年度) sets the year, with no warning', () => {
    const plan = older('H-side-menu-years-before-title');
    expect([plan.fiscal_year, plan.title]).toEqual([2016, '平成28年度テスト区運営方針']);
    expect(plan.warnings).toEqual([]);
  });

  it('区の目標 heads the goal, slogan and subtitle', () => {
    expect(older('G-goal-heading-ku-no-mokuhyo').basic_goal).toBe('人がつながり 笑顔があふれるまち テスト区～ともに支え合うまちをめざして～');
  });

  it('組織目標 opens the 組織運営 part: its items are no initiatives', () => {
    const plan = older('E-org-heading-soshiki-mokuhyo');
    expect(allInitiatives(plan).map((i) => i.title)).toEqual(['防災講座の開催']);
    expect(org('E-org-heading-soshiki-mokuhyo').map((s) => s.title)).toEqual(['信頼される区役所', '地域とともに歩む区役所']);
  });

  it('組織目標 after a コラム ends the column', () => {
    const plan = older('F-org-after-column');
    expect(plan.sections.find((s) => s.kind === 'column')?.body).toBe('区内には大きな公園があります。');
    expect(org('F-org-after-column').map((s) => s.body).join('\n')).toContain('区役所全体で地域を支えます。');
  });

  it('a legend sentence after a lead-in: ★ and ☆ keep their own meanings', () => {
    const plan = older('B-legend-sentence-prefix');
    expect(plan.legend.map((e) => [e.marker, e.label])).toEqual([['★', '新規事業'], ['☆', '拡充事業']]);
    expect(allInitiatives(plan).map((i) => i.markers)).toEqual([['★'], ['☆']]);
  });

  it('the older Adobe Reader notice is page furniture', () => {
    const plan = older('K-adobe-notice-glued');
    expect(plan.sections.map((s) => s.body).join('\n')).not.toContain('Adobe');
    expect(allInitiatives(plan).map((i) => i.description).join('\n')).not.toContain('Adobe');
  });
});

describe('older tables and PDF text', () => {
  it('a caption 「施策(1)の主な事業・取組」 over tab rows with no header row', () => {
    expect(allInitiatives(older('C-caption-no-header-row')).map((i) => [i.title, i.description])).toEqual([
      ['防災講座の開催', 'マンション向けの防災講座を開きます。'],
      ['拠点運営の支援', '拠点の訓練を支援します。']
    ]);
  });

  it('★ rows of a layout table: the name apart from its wrapped text, the next row unmarked', () => {
    expect(allInitiatives(older('D-star-rows-no-header')).map((i) => [i.title, i.markers, i.description])).toEqual([
      ['防災講座の開催', ['★'], 'マンション向けの防災講座を開き、\n住民の助け合いを支援します。'],
      ['拠点運営の支援', [], '拠点の訓練を支援します。']
    ]);
  });

  it('a rename note and a wrapped ※新規 on lines of their own keep the paragraph whole', () => {
    const items = allInitiatives(older('J-line-after-heading-dropped'));
    expect(items[0].description).toContain('地域で活動する団体の情報を集めた冊子を作成し');
    expect(items[0].description).toContain('（旧：地域活動支援事業）');
    expect(items[1].markers).toEqual(['新規事業']);
    expect(items[1].description.startsWith('区内の農産物直売所や')).toBe(true);
  });

  it('組織運営 text wrapped after a noun stays with its ■ item', () => {
    expect(org('I-org-wrap-noun-end').map((s) => s.title)).toEqual(['地域とともに課題を解決する区役所', '職員の力を生かす組織']);
  });

  it('a complete PDF with a ★/☆ layout table (tsuzuki-2019-pdf): 12 rows, 3 組織運営 items', () => {
    const plan = older('tsuzuki-2019-pdf');
    expect(plan.pillars.map((p) => p.initiatives.length)).toEqual([3, 3, 4, 2]);
    expect(allInitiatives(plan).map((i) => i.markers)).toEqual([['★'], [], ['☆'], ['☆'], [], ['★'], ['★'], [], [], ['☆'], [], ['★']]);
    expect(allInitiatives(plan).every((i) => !/\s{3,}/.test(i.title))).toBe(true);
    expect(org('tsuzuki-2019-pdf').map((s) => s.title)).toEqual(['区民の皆様に信頼される区役所', '地域とともに課題を解決する区役所', '職員の力を生かす組織']);
  });
});

describe('titles and goals a last hunt found cut or wrong', () => {
  it('a side menu of years running straight into the page title (平成29年度 repeated above 区の目標)', () => {
    const plan = older('m6-year-menu');
    expect(plan.fiscal_year).toBe(2017);
    expect(plan.warnings.filter((w) => w.message.includes('several fiscal years'))).toEqual([]);
  });

  it('a goal wrapped after の, with its subtitle under it; a pillar title going on with に', () => {
    const plan = older('m3-goal-wrap');
    expect(plan.basic_goal).toBe('みんなでつくる 安心と笑顔のまち さかえ〜自然と歴史を次の世代へ〜');
    expect(plan.pillars[0].title).toBe('子どもから高齢者まで健やかに暮らせるまち');
  });

  it('a subtitle opened on the goal line and closed on the next', () => {
    expect(older('m3-goal-subtitle-wrap').basic_goal).toBe('みんなでつくる 安心と笑顔のまち さかえ 〜自然と歴史を次の世代へ〜');
  });
});
