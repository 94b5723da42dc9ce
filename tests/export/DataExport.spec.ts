import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import DataExport from '../../src/lib/export/DataExport.svelte';

describe('DataExport (server render)', () => {
  it('offers the four formats and says how many rows it will write', () => {
    const { body } = render(DataExport, {
      props: { columns: [{ key: 'ward', label: '区', type: 'string' }], rows: [{ ward: '戸塚区' }, { ward: '泉区' }], name: 'x' }
    });
    for (const label of ['CSV', 'Excel', 'Parquet', 'JSON']) expect(body).toContain(`>${label}</button>`);
    expect(body).toContain('表示中の行のみを書き出します (2)');
  });

  it('limits formats on request, in English', () => {
    const { body } = render(DataExport, {
      props: { columns: [], rows: [], name: 'x', formats: ['csv'], lang: 'en' }
    });
    expect((body.match(/<button/g) ?? []).length).toBe(1);
    expect(body).toContain('Exports the rows on screen only (0)');
  });
});
