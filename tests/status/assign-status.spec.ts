import { describe, expect, it } from 'vitest';
import facts from '../../data/facts/ward-plan-facts.json';
import { assignStatus, type StatedFigure } from '../../src/lib/status/assign-status';
import { figuresFromFacts, type FactsRecordLike } from '../../src/lib/status/facts-figures';
import { isNewMarker, saysNoneNew } from '../../src/lib/status/new-markers';
import type { LegendEntry, ParsedInitiative } from '../../src/lib/plans/types';
import { izumiInitiatives, totsukaInitiatives, totsukaLegend } from '../themes/real-initiatives';

function item(p: Partial<ParsedInitiative>): ParsedInitiative {
  return { position: 1, sub_theme: null, title: 't', program_name: null, description: 'd', markers: [], lines: [1, 1], ...p };
}
const NEW_LEGEND: LegendEntry[] = [
  { marker: 'コ', label: 'Withコロナ', description: null, means_new: false, line: 70 },
  { marker: '新', label: '令和4年度からの新規事業を含んだ取組', description: null, means_new: true, line: 75 }
];
const TN = 'townnews 2022-05-26';
const URL = 'https://www.townnews.co.jp/0107/2022/05/26/626550.html';
const fig = (metric: string, value: number | null, scope: string, raw: string): StatedFigure => ({
  metric,
  value,
  scope,
  raw,
  source_url: URL,
  source_label: TN
});
const NONE_NEW = [fig('project_count', 33, '自主企画事業', '33'), fig('new_project_count', 0, '新規事業', '0')];

describe('assignStatus', () => {
  it.each([
    {
      name: 'legend (新) on the item → new, naming the legend line',
      init: { markers: ['新', 'コ'] },
      legend: NEW_LEGEND,
      figures: [],
      status: 'new',
      basis: 'marker (新) 令和4年度からの新規事業を含んだ取組 (legend line 75)'
    },
    {
      name: 'legend marks new work, item unmarked → continuing',
      init: { markers: ['コ'] },
      legend: NEW_LEGEND,
      figures: [],
      status: 'continuing',
      basis: 'legend (新) line 75: unmarked items are not new'
    },
    {
      name: '(新規事業) without a legend → new',
      init: { markers: ['（新規事業）'] },
      legend: [],
      figures: [],
      status: 'new',
      basis: 'marker (（新規事業）) on the item'
    },
    {
      name: '[新規] without a legend → new',
      init: { markers: ['新規'] },
      legend: [],
      figures: [],
      status: 'new',
      basis: 'marker (新規) on the item'
    },
    {
      name: 'stated 0 new of 33 → continuing for a named project',
      init: { program_name: '防災対策事業' },
      legend: [],
      figures: NONE_NEW,
      status: 'continuing',
      basis: 'townnews 2022-05-26: 0 of 33 自主企画事業 are new'
    },
    {
      name: 'a plan-level 新規事業なし marker → continuing',
      init: { program_name: '地域力支援事業' },
      legend: [],
      figures: [fig('marker', null, '全33事業が継続または拡充', '新規事業なし')],
      status: 'continuing',
      basis: 'townnews 2022-05-26: 新規事業なし (no project is new)'
    },
    {
      name: 'stated 0 new, but the item is not a named project → unknown',
      init: {},
      legend: [],
      figures: NONE_NEW,
      status: 'unknown'
    },
    {
      name: 'a non-zero new count says nothing about this item → unknown',
      init: { program_name: '防災対策事業' },
      legend: [],
      figures: [fig('new_project_count', 4, '新規事業', '4')],
      status: 'unknown'
    },
    {
      name: 'no marker, legend or figure → unknown',
      init: { markers: ['コ'] },
      legend: [],
      figures: [],
      status: 'unknown'
    },
    {
      name: 'a legend that reuses 新 for something not new does not make the item new',
      init: { markers: ['新'] },
      legend: [{ marker: '新', label: '新横浜エリア', description: null, means_new: false, line: 4 }],
      figures: [],
      status: 'unknown'
    },
    {
      name: 'the item’s own new marker wins over a stated 0 new',
      init: { program_name: 'x事業', markers: ['新規'] },
      legend: [],
      figures: NONE_NEW,
      status: 'new'
    }
  ] as Array<{ name: string; init: Partial<ParsedInitiative>; legend: LegendEntry[]; figures: StatedFigure[]; status: string; basis?: string }>)(
    '$name',
    ({ init, legend, figures, status, basis }) => {
      const got = assignStatus(item(init), legend, figures);
      expect(got.status).toBe(status);
      if (basis) expect(got.basis).toBe(basis);
      expect(got.basis.length).toBeGreaterThan(0);
    }
  );

  it('never returns ended, whatever the input', () => {
    const inputs = [[], ['新'], ['終了'], ['廃止']];
    for (const markers of inputs) {
      for (const legend of [[], NEW_LEGEND]) {
        expect(['new', 'continuing', 'unknown']).toContain(assignStatus(item({ markers, program_name: 'a' }), legend, NONE_NEW).status);
      }
    }
  });
});

describe('new-marker words', () => {
  it.each(['新', '(新)', '（新）', '新規', '[新規]', '新規事業', '※新規事業'])('%s is a new marker', (m) => {
    expect(isNewMarker(m)).toBe(true);
  });
  it.each(['新規事業なし', '重点', '拡充', 'コ'])('%s is not a new marker', (m) => {
    expect(isNewMarker(m)).toBe(false);
  });
  it('新規事業なし / 新規事業は0 say none is new', () => {
    expect(saysNoneNew('新規事業なし')).toBe(true);
    expect(saysNoneNew('新規事業は０')).toBe(true);
    expect(saysNoneNew('新規事業')).toBe(false);
  });
});

describe('real documents', () => {
  const record = (facts as FactsRecordLike[]).find((r) => r.id === 'izumi-2022-tn');

  it('izumi-2022-tn figures: 33 projects, 0 new, from townnews 2022-05-26', () => {
    expect(record).toBeDefined();
    const figs = figuresFromFacts(record!);
    expect(figs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ metric: 'project_count', value: 33, scope: '自主企画事業', source_label: TN }),
        expect.objectContaining({ metric: 'new_project_count', value: 0, source_url: URL }),
        expect.objectContaining({ metric: 'marker', raw: '新規事業なし' })
      ])
    );
  });

  it('泉区 2022: all 12 items continuing, basis naming townnews', () => {
    const figs = figuresFromFacts(record!);
    for (const i of izumiInitiatives()) {
      expect(assignStatus(i, [], figs)).toEqual({ status: 'continuing', basis: 'townnews 2022-05-26: 0 of 33 自主企画事業 are new' });
    }
  });

  it('戸塚区 2022: the 8 bullets marked (新) are new, the other 20 continuing', () => {
    const legend = totsukaLegend();
    const items = totsukaInitiatives();
    const newLines = items.filter((i) => assignStatus(i, legend).status === 'new').map((i) => i.lines[0]);
    expect(newLines).toEqual([83, 91, 100, 120, 125, 136, 141, 147]);
    const rest = items.filter((i) => !newLines.includes(i.lines[0]));
    expect(rest).toHaveLength(20);
    for (const i of rest) expect(assignStatus(i, legend).status).toBe('continuing');
  });
});
