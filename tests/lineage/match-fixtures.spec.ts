/**
 * テスト区 令和5年度 → 令和6年度 (tests/fixtures/lineage). The fixtures were written to contain each
 * case below; the expectations are that design, not the function's output:
 *   continuing   水辺再生事業 (moved within its pillar), 防災力向上事業 (title 防災訓練の充実 → 地域防災訓練の充実),
 *                商店街支援事業, 子ども食堂支援事業, 図書館サービス事業 (its pillar 学びのまちづくり disappears)
 *   renamed      公園愛護会支援事業 → 公園ボランティア支援事業 with 「(旧:…)」 in the new name;
 *                交通安全啓発事業 → 交通安全推進事業 without a pointer (similar title)
 *   merged       花壇づくり事業 + 街路樹緑化事業 → 花と緑のまちづくり事業 （旧：…、…） in the description
 *   split        担い手育成事業 → 担い手育成講座事業 + 担い手育成交流事業 (no pointer: by similarity)
 *   ended        防犯活動支援事業, 生涯学習推進事業
 *   new          マンション防災事業, オンライン申請推進事業, 窓口改善事業
 */
import { describe, it, expect } from 'vitest';
import { matchInitiatives } from '../../src/lib/lineage/match-initiatives';
import { loadYear, short } from './helpers';

const r5 = loadYear(2023);
const r6 = loadYear(2024);

const EXPECTED_LINKS = [
  // from, to, method, kind
  ['2023-p1-1', '2024-p2-2', 'program_name', 'continuing'],
  ['2023-p1-2', '2024-p2-3', 'program_name', 'renamed'],
  ['2023-p1-3', '2024-p2-1', 'program_name', 'merged'],
  ['2023-p1-4', '2024-p2-1', 'program_name', 'merged'],
  ['2023-p2-1', '2024-p1-1', 'program_name', 'continuing'],
  ['2023-p2-3', '2024-p1-2', 'title_similarity', 'renamed'],
  ['2023-p3-1', '2024-p3-1', 'title_similarity', 'split'],
  ['2023-p3-1', '2024-p3-2', 'title_similarity', 'split'],
  ['2023-p3-2', '2024-p3-3', 'program_name', 'continuing'],
  ['2023-p3-3', '2024-p3-4', 'program_name', 'continuing'],
  ['2023-p4-1', '2024-p3-5', 'program_name', 'continuing']
];

describe('fixtures parse as designed', () => {
  it('令和5年度 has 12 items in 4 pillars, 令和6年度 13 in 4', () => {
    expect(r5.map((i) => short(i.initiative_id))).toEqual([
      '2023-p1-1', '2023-p1-2', '2023-p1-3', '2023-p1-4', '2023-p2-1', '2023-p2-2', '2023-p2-3',
      '2023-p3-1', '2023-p3-2', '2023-p3-3', '2023-p4-1', '2023-p4-2'
    ]);
    expect(r6).toHaveLength(13);
    expect(r6.find((i) => short(i.initiative_id) === '2024-p2-3')?.program_name).toBe('公園ボランティア支援事業(旧:公園愛護会支援事業)');
  });
});

describe('matchInitiatives: 令和5年度 → 令和6年度', () => {
  const lineage = matchInitiatives(r5, r6, { claimEnded: true });

  it('finds exactly the designed links, methods and kinds', () => {
    const got = lineage.links.map((l) => [short(l.from_initiative_id), short(l.to_initiative_id), l.method, l.link_kind]);
    expect(got).toEqual(EXPECTED_LINKS);
  });

  it('scores document evidence 1 and similarity by its Dice value', () => {
    const score = (f: string, t: string) => lineage.links.find((l) => short(l.from_initiative_id) === f && short(l.to_initiative_id) === t)?.score;
    for (const [f, t, method] of EXPECTED_LINKS) if (method === 'program_name') expect(score(f, t)).toBe(1);
    // hand-counted bigrams of title + program name (事業 dropped): 12 shared of 14 + 17
    expect(score('2023-p2-3', '2024-p1-2')).toBeCloseTo(24 / 31, 4);
    // 地域活動の担い手育成|担い手育成 (14 bigrams) vs …講座|…講座 (18): 13 shared; vs …交流会|…交流 (19): 13 shared
    expect(score('2023-p3-1', '2024-p3-1')).toBeCloseTo(26 / 32, 4);
    expect(score('2023-p3-1', '2024-p3-2')).toBeCloseTo(26 / 33, 4);
  });

  it('classifies every earlier item', () => {
    const kinds = Object.fromEntries(Object.values(lineage.status.from).map((s) => [short(s.initiative_id), s.kind]));
    expect(kinds).toEqual({
      '2023-p1-1': 'continuing', '2023-p1-2': 'renamed', '2023-p1-3': 'merged', '2023-p1-4': 'merged',
      '2023-p2-1': 'continuing', '2023-p2-2': 'ended', '2023-p2-3': 'renamed',
      '2023-p3-1': 'split', '2023-p3-2': 'continuing', '2023-p3-3': 'continuing',
      '2023-p4-1': 'continuing', '2023-p4-2': 'ended'
    });
  });

  it('classifies every later item', () => {
    const kinds = Object.fromEntries(Object.values(lineage.status.to).map((s) => [short(s.initiative_id), s.kind]));
    expect(kinds).toEqual({
      '2024-p1-1': 'continuing', '2024-p1-2': 'renamed', '2024-p1-3': 'new',
      '2024-p2-1': 'merged', '2024-p2-2': 'continuing', '2024-p2-3': 'renamed',
      '2024-p3-1': 'split', '2024-p3-2': 'split', '2024-p3-3': 'continuing', '2024-p3-4': 'continuing', '2024-p3-5': 'continuing',
      '2024-p4-1': 'new', '2024-p4-2': 'new'
    });
  });

  it('says why, with partners', () => {
    const merged = lineage.status.to['99999-2024-doc-p2-1'];
    expect(merged.partners.map(short)).toEqual(['2023-p1-3', '2023-p1-4']);
    expect(merged.reason).toContain('(旧:花壇づくり事業)');
    expect(merged.reason).toContain('(旧:街路樹緑化事業)');
    expect(lineage.status.from['99999-2023-doc-p3-1'].partners.map(short)).toEqual(['2024-p3-1', '2024-p3-2']);
    expect(lineage.status.from['99999-2023-doc-p1-1'].reason).toBe('same program name 水辺再生事業');
    expect(lineage.warnings).toEqual([]);
  });

  it("does not claim 'ended' unless the caller allows it", () => {
    const cautious = matchInitiatives(r5, r6);
    expect(cautious.status.from['99999-2023-doc-p2-2'].kind).toBe('unmatched');
    expect(cautious.status.from['99999-2023-doc-p4-2'].kind).toBe('unmatched');
    expect(cautious.links).toEqual(lineage.links);
    const noNew = matchInitiatives(r5, r6, { claimNew: false });
    expect(noNew.status.to['99999-2024-doc-p1-3'].kind).toBe('unmatched');
  });

  it('does not depend on the order the items are given in', () => {
    const reversed = matchInitiatives([...r5].reverse(), [...r6].reverse(), { claimEnded: true });
    const key = (l: { from_initiative_id: string; to_initiative_id: string; link_kind: string }) => `${l.from_initiative_id}>${l.to_initiative_id}:${l.link_kind}`;
    expect(reversed.links.map(key).sort()).toEqual(lineage.links.map(key).sort());
  });

  it('finds nothing to link from the earlier year to an unrelated later list', () => {
    const unrelated = r6.filter((i) => i.pillar_id.endsWith('-p4'));
    const l = matchInitiatives(r5, unrelated, { claimEnded: true });
    expect(l.links).toEqual([]);
    expect(Object.values(l.status.from).every((s) => s.kind === 'ended')).toBe(true);
    expect(Object.values(l.status.to).every((s) => s.kind === 'new')).toBe(true);
  });
});
