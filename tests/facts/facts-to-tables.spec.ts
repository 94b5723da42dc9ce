import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { factsRecordToTables, readFactsRecords, stripPillarNumbering } from '../../src/lib/facts/facts-to-tables';

const record = {
  id: 'izumi-2022-tn',
  city: '横浜市',
  ward: '泉区',
  fiscal_year: 2022,
  era_label: '令和4年度',
  source_kind: 'news',
  subject: '区運営方針',
  url: 'https://example.org/izumi',
  published: '2022-05-26',
  basic_goal: 'みらいへ進もう!地域とともに〜#住むなら泉区〜',
  pillars: ['施策1 とどけよう!いずみの魅力', '② はぐくもう!地域の力'],
  initiatives: ['定住・転入促進事業', '地域力支援事業'],
  markers: [
    { marker: '新規事業なし', applies_to: '全33事業が継続または拡充' },
    { marker: '拡充', applies_to: '地域力支援事業' }
  ],
  counts: [
    { value: '33', counts: '自主企画事業' },
    { value: '0', counts: '新規事業' }
  ],
  partial: true
};

describe('factsRecordToTables', () => {
  const t = factsRecordToTables(readFactsRecords([record], 'facts.json')[0], '14116');
  it('makes one partial plan keyed by ward code, year and record id', () => {
    expect(t.plans).toHaveLength(1);
    expect(t.plans[0]).toMatchObject({ plan_id: '14116-2022-izumi-2022-tn', coverage: 'partial', ward_code: '14116', origin: 'shipped' });
  });
  it('keeps pillars in order with numbering stripped', () => {
    expect(t.pillars.map((p) => [p.pillar_id, p.title])).toEqual([
      ['14116-2022-izumi-2022-tn-p1', 'とどけよう!いずみの魅力'],
      ['14116-2022-izumi-2022-tn-p2', 'はぐくもう!地域の力']
    ]);
  });
  it('states figures with scope and never invents initiatives', () => {
    expect(t.plan_figures.map((f) => [f.metric, f.value, f.scope])).toEqual([
      ['project_count', 33, '自主企画事業'],
      ['new_project_count', 0, '新規事業']
    ]);
    expect(t).not.toHaveProperty('initiatives');
  });
  it('keeps named projects as mentions, with the marker that applies to them', () => {
    expect(t.plan_mentions).toEqual([
      { plan_id: '14116-2022-izumi-2022-tn', name: '定住・転入促進事業', marker: null },
      { plan_id: '14116-2022-izumi-2022-tn', name: '地域力支援事業', marker: '拡充' },
      { plan_id: '14116-2022-izumi-2022-tn', name: '全33事業が継続または拡充', marker: '新規事業なし' }
    ]);
  });
});

describe('readFactsRecords', () => {
  it('names the record and field of a bad record', () => {
    expect(() => readFactsRecords([{ ...record, fiscal_year: 'x' }], 'facts.json')).toThrow(/facts\.json: record 1 \(izumi-2022-tn\): fiscal_year/);
    expect(() => readFactsRecords({}, 'facts.json')).toThrow(/facts\.json: expected a JSON array/);
  });
  it('reads every shipped record', () => {
    const json = JSON.parse(readFileSync('data/facts/ward-plan-facts.json', 'utf8'));
    expect(readFactsRecords(json, 'ward-plan-facts.json')).toHaveLength(json.length);
  });
});

describe('stripPillarNumbering', () => {
  it.each([
    ['施策1 安全・安心', '安全・安心'],
    ['① 子育て', '子育て'],
    ['[2] 地域の力', '地域の力'],
    ['(3) 魅力', '魅力'],
    ['4. 区役所', '区役所'],
    ['1 とどけよう!', 'とどけよう!'],
    ['人と人とがつながるまちづくり', '人と人とがつながるまちづくり'],
    ['3つの柱', '3つの柱']
  ])('%s → %s', (input, expected) => {
    expect(stripPillarNumbering(input)).toBe(expected);
  });
});
