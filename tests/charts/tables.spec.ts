import { describe, expect, it } from 'vitest';
import { barTable, coverageTable, sankeyTable, statusTable } from '../../src/lib/charts/tables';

describe('table alternatives', () => {
  it('coverageTable labels wards, years and kinds in the language', () => {
    expect(coverageTable([{ ward: '戸塚区', fiscal_year: 2022, kind: 'partial' }], 'en')).toEqual({
      columns: [
        { key: 'ward', label: 'Ward' },
        { key: 'year', label: 'Fiscal year' },
        { key: 'coverage', label: 'Coverage' }
      ],
      rows: [{ ward: 'Totsuka', year: 'FY2022 (令和4年度)', coverage: 'Public facts only' }]
    });
  });

  it('barTable adds group and share columns only when present', () => {
    expect(barTable([{ key: 'a', label: '防災', count: 2 }], 'ja').columns.map((c) => c.key)).toEqual(['label', 'count']);
    const t = barTable([{ key: 'a', label: '防災', count: 2, share: 0.5, group: '泉区' }], 'ja');
    expect(t.columns.map((c) => c.label)).toEqual(['区', '名称', '件数', '割合']);
    expect(t.rows).toEqual([{ group: '泉区', label: '防災', count: 2, share: '50%' }]);
  });

  it('statusTable names the basis and source', () => {
    const t = statusTable(
      [{ key: 'i', label: '泉区 令和4年度', new: 0, continuing: 33, unknown: 0, basis: 'stated', source: '33事業' }],
      'ja'
    );
    expect(t.rows[0]).toEqual({ label: '泉区 令和4年度', new: 0, continuing: 33, unknown: 0, basis: '公表値', source: '33事業' });
  });

  it('sankeyTable uses node labels, ids when unknown', () => {
    expect(
      sankeyTable([{ id: 'a', label: '施策1' }], [{ source: 'a', target: 'z', value: 3 }], 'ja').rows
    ).toEqual([{ from: '施策1', to: 'z', value: 3 }]);
  });
});
