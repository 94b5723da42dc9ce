/** Imports saved before the search signature and reading_rank existed still load, with the columns recomputed. */
import { describe, expect, it } from 'vitest';
import { withCurrentDerivedColumns } from '../../src/lib/import/imported-store';
import { SEARCH_BITS_COLUMNS, searchBits } from '../../src/lib/text/search-bits';

describe('withCurrentDerivedColumns', () => {
  it('adds the signature and the imported rank and lower-cases search_text of an old record, leaving the rest as saved', () => {
    const old = {
      plan_id: 'x-2024-imported',
      added_at: '2026-11-20T00:00:00Z',
      tables: {
        plans: [{ plan_id: 'x-2024-imported' }],
        initiatives: [{ initiative_id: 'i1', sub_theme: null, title: 'ＤＸ推進', program_name: '地域DX事業', description: 'ＤＸ推進 地域の取組', search_text: 'DX推進地域DX事業DX推進地域の取組' }]
      }
    };
    const upgraded = withCurrentDerivedColumns(old);
    const row = upgraded.tables.initiatives![0];
    expect(row.search_text).toBe('dx推進地域dx事業dx推進地域の取組');
    expect(SEARCH_BITS_COLUMNS.map((c) => row[c])).toEqual(searchBits('dx推進地域dx事業dx推進地域の取組'));
    expect(row.reading_rank).toBe(-1);
    expect(row.title).toBe('ＤＸ推進');
    expect(upgraded.tables.plans).toBe(old.tables.plans);
  });
});
