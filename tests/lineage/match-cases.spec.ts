/** Small hand-made cases for the rules the fixtures do not reach: curation, repeated names, bullets, OCR. */
import { describe, it, expect } from 'vitest';
import { matchInitiatives } from '../../src/lib/lineage/match-initiatives';
import { lineageClaims } from '../../src/lib/lineage/claims';
import type { InitiativeLike } from '../../src/lib/lineage/types';

let seq = 0;
function item(plan: string, title: string, program_name: string | null = null, description = ''): InitiativeLike {
  seq++;
  return { initiative_id: `${plan}-p1-${seq}`, plan_id: plan, pillar_id: `${plan}-p1`, pillar_title: '柱', title, program_name, description: description || title };
}
const pairs = (l: ReturnType<typeof matchInitiatives>) => l.links.map((x) => `${x.from_initiative_id}>${x.to_initiative_id} ${x.method} ${x.link_kind}`);

describe('curated links', () => {
  const a = item('A', '防犯パトロールの支援', '防犯活動支援事業');
  const b = item('B', '見守り活動の推進', '地域見守り事業');
  const b2 = item('B', '見守りカメラの設置', '防犯カメラ事業');

  it('are found by program name and title start, never by id', () => {
    expect(matchInitiatives([a], [b, b2]).links).toEqual([]);
    const l = matchInitiatives([a], [b, b2], { curated: [{ from: { program_name: '防犯活動支援事業' }, to: { title_start: '見守り活動' }, reason: '区の資料で統合を確認' }] });
    expect(pairs(l)).toEqual([`${a.initiative_id}>${b.initiative_id} curated renamed`]);
    expect(l.links[0].score).toBe(1);
    expect(l.status.to[b.initiative_id].reason).toBe('curated: 区の資料で統合を確認');
  });

  it('are skipped with a warning when a matcher finds several items or none', () => {
    const l = matchInitiatives([a], [b, b2], {
      curated: [
        { from: { program_name: '防犯活動支援事業' }, to: { title_start: '見守り' }, reason: 'ambiguous' },
        { from: { program_name: '存在しない事業' }, to: { title_start: '見守り活動' }, reason: 'none' }
      ]
    });
    expect(l.links).toEqual([]);
    expect(l.warnings).toHaveLength(2);
    expect(l.warnings[0]).toContain('1 earlier and 2 later');
    expect(l.warnings[1]).toContain('0 earlier and 1 later');
  });

  it('settle an item before similarity can claim it or add a second link', () => {
    const f = item('A', '地域の居場所づくり', '居場所づくり事業');
    const near = item('B', '地域の居場所づくり支援', '居場所づくり支援事業');
    const chosen = item('B', '多世代交流拠点の運営', '交流拠点事業');
    const l = matchInitiatives([f], [near, chosen], { curated: [{ from: { title_start: '地域の居場所' }, to: { program_name: '交流拠点事業' }, reason: '拠点に統合' }] });
    expect(pairs(l)).toEqual([`${f.initiative_id}>${chosen.initiative_id} curated renamed`]);
    expect(l.status.to[near.initiative_id].kind).toBe('new');
  });
});

describe('a program name repeated on both sides', () => {
  it('pairs one-to-one by title, then attaches the leftover as a split', () => {
    const f1 = item('A', '地域の居場所づくり', '地域活動事業');
    const f2 = item('A', '多世代交流イベント', '地域活動事業');
    const t1 = item('B', '地域の居場所づくり', '地域活動事業');
    const t2 = item('B', '多世代交流イベントの開催', '地域活動事業');
    const t3 = item('B', '居場所づくりの担い手講座', '地域活動事業');
    const l = matchInitiatives([f1, f2], [t1, t2, t3]);
    expect(pairs(l)).toEqual([
      `${f1.initiative_id}>${t1.initiative_id} program_name split`,
      `${f1.initiative_id}>${t3.initiative_id} program_name split`,
      `${f2.initiative_id}>${t2.initiative_id} program_name continuing`
    ]);
  });

  it('links 1 → n outright (the document reuses the name for both parts)', () => {
    const f = item('A', '健康づくり', '健康づくり事業');
    const t1 = item('B', '歯と口の健康づくり', '健康づくり事業');
    const t2 = item('B', 'ウォーキング教室', '健康づくり事業');
    expect(matchInitiatives([f], [t1, t2]).links.map((x) => x.link_kind)).toEqual(['split', 'split']);
  });
});

describe('continuing vs renamed', () => {
  it.each<[string, string | null, string, string | null, string, string]>([
    // [from title, from program, to title, to program, kind, why]
    ['自治会町内会の活動を支援します', null, '自治会町内会の活動を支援します', null, 'continuing', 'bullets: no program name on either side, same title'],
    ['地域の居場所づくりを進めます', null, '地域の居場所づくりを支援します', null, 'continuing', 'bullets: title similarity 20/27, above 0.7'],
    ['地域の居場所づくりを進めます', null, '地域の居場所づくりの担い手を育てます', null, 'renamed', 'bullets: title similarity 18/30, linked but below 0.7'],
    ['防災訓練の充実', '防災力向上事業', '地域防災訓練の充実', '防災力向上事業', 'continuing', 'same program, title similarity 12/14'],
    ['防災訓練の充実', '防災力向上事業', '避難所運営の訓練', '防災力向上事業', 'renamed', 'same program, title rewritten'],
    ['子育て支援の充実', '妊娠期から子育て期まで切れ目のない支援充実事業', '子育て支援の充実', '妊娠期から子育で期まで切れ目のない支援充実事業', 'continuing', 'one OCR slip in a long name'],
    ['防犯の啓発', '防犯対策事業', '防犯の啓発', '防災対策事業', 'renamed', 'one character in a short name is a real change']
  ])('%s【%s】 → %s【%s】: %s (%s)', (ft, fp, tt, tp, kind) => {
    const l = matchInitiatives([item('A', ft, fp)], [item('B', tt, tp)]);
    expect(l.links).toHaveLength(1);
    expect(l.links[0].link_kind).toBe(kind);
  });

  it('leaves a pair below the threshold unlinked, and links it when the caller lowers the threshold', () => {
    const f = item('A', '地域の居場所づくりを進めます');
    const t = item('B', '地域の居場所の運営を支援します'); // 6 shared of 13 + 14 bigrams = 0.444
    expect(matchInitiatives([f], [t]).links).toEqual([]);
    expect(matchInitiatives([f], [t], { threshold: 0.4 }).links.map((x) => x.score)).toEqual([0.4444]);
  });
});

describe('description breaks ties between equal titles', () => {
  it('pairs each bullet with the one saying the same thing', () => {
    const f1 = item('A', '講座を開きます', null, '講座を開きます。子育て中の方が対象です。');
    const f2 = item('A', '講座を開きます', null, '講座を開きます。高齢の方が対象です。');
    const t1 = item('B', '講座を開きます', null, '講座を開きます。高齢の方が対象です。');
    const t2 = item('B', '講座を開きます', null, '講座を開きます。子育て中の方が対象です。');
    expect(pairs(matchInitiatives([f1, f2], [t1, t2]))).toEqual([
      `${f1.initiative_id}>${t2.initiative_id} title_similarity continuing`,
      `${f2.initiative_id}>${t1.initiative_id} title_similarity continuing`
    ]);
  });
});

describe('lineageClaims', () => {
  const full = { coverage: 'full', truncated: false };
  it.each([
    [full, full, true],
    [full, { coverage: 'partial', truncated: false }, false],
    [{ coverage: 'partial', truncated: false }, full, false],
    [full, { coverage: 'full', truncated: true }, false],
    [{ coverage: 'full', truncated: true }, full, false]
  ])('%j → %j: claims %s', (from, to, claim) => {
    expect(lineageClaims(from, to)).toEqual({ claimEnded: claim, claimNew: claim });
  });
});
