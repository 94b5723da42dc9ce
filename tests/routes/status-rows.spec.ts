import { describe, expect, it } from 'vitest';
import { statusRows } from '../../src/routes/years/status-rows';

const parsed = [
  { city: '横浜市', ward: '戸塚区', ward_code: '14110', fiscal_year: 2022, plan_id: 'T22', new_count: 8, continuing_count: 20, unknown_count: 0, total: 28 }
];
const stated = [
  // A facts record that states the total and the new count under two scopes.
  { city: '横浜市', ward: '泉区', ward_code: '14116', fiscal_year: 2022, plan_id: 'I22n', scope: '自主企画事業', project_count: 33, new_project_count: null, project_count_raw: '33', new_project_count_raw: null, source_url: 'https://example.org/a' },
  { city: '横浜市', ward: '泉区', ward_code: '14116', fiscal_year: 2022, plan_id: 'I22n', scope: '新規事業', project_count: null, new_project_count: 0, project_count_raw: null, new_project_count_raw: '0', source_url: 'https://example.org/a' },
  // A total only: all unknown.
  { city: '横浜市', ward: '鶴見区', ward_code: '14101', fiscal_year: 2019, plan_id: 'S19', scope: '区独自事業', project_count: 30, new_project_count: null, project_count_raw: '30事業', new_project_count_raw: null, source_url: null },
  // The same ward-year as a full document: the document wins.
  { city: '横浜市', ward: '戸塚区', ward_code: '14110', fiscal_year: 2022, plan_id: 'T22n', scope: '自主企画事業', project_count: 40, new_project_count: null, project_count_raw: '40', new_project_count_raw: null, source_url: null }
];

describe('statusRows', () => {
  const rows = statusRows(parsed, stated, (w, y) => `${w}${y}`, (id) => `src:${id}`, ['鶴見区', '戸塚区', '泉区']);
  it('orders by ward then year, one bar per ward-year, the full document winning', () => {
    expect(rows.map((r) => [r.label, r.basis])).toEqual([
      ['鶴見区2019', 'stated'],
      ['戸塚区2022', 'parsed'],
      ['泉区2022', 'stated']
    ]);
  });
  it('splits a stated total into new and continuing when the new count is stated', () => {
    expect(rows[2]).toMatchObject({ new: 0, continuing: 33, unknown: 0 });
    expect(rows[2].source).toContain('https://example.org/a');
  });
  it('keeps a stated total without a new count as unknown', () => {
    expect(rows[0]).toMatchObject({ new: 0, continuing: 0, unknown: 30 });
  });
  it('counts parsed statuses as they are', () => {
    expect(rows[1]).toMatchObject({ new: 8, continuing: 20, unknown: 0, source: 'src:T22' });
  });
  it('keeps same-named wards of different cities apart (a document in one does not hide the other’s figures)', () => {
    const other = [{ ...stated[3], city: '名古屋市', plan_id: 'N22', ward_code: null }];
    const both = statusRows(parsed, other, (w, y) => `${w}${y}`, (id) => `src:${id}`);
    expect(both.map((r) => [r.key, r.basis])).toEqual([
      ['T22', 'parsed'],
      ['N22', 'stated']
    ]);
  });
});
