import { describe, expect, it } from 'vitest';
import { parquetReadObjects } from 'hyparquet';
import { toColumnData, toParquetBytes } from '../../src/lib/export/parquet';
import type { TypedExportColumn } from '../../src/lib/export/types';

const columns: TypedExportColumn[] = [
  { key: 'initiative_id', label: '取組ID', type: 'string' },
  { key: 'fiscal_year', label: '年度', type: 'int' },
  { key: 'share', label: '割合', type: 'float' },
  { key: 'recovered', label: '復元', type: 'bool' },
  { key: 'source_lines', label: '行', type: 'int_list' }
];
const rows = [
  { initiative_id: '14110-2022-doc-p1-1', fiscal_year: 2022, share: 0.25, recovered: false, source_lines: [120, 121] },
  { initiative_id: '14110-2022-doc-p1-2', fiscal_year: 2022, share: null, recovered: true, source_lines: null }
];

describe('toParquetBytes', () => {
  it('round-trips through hyparquet', async () => {
    const bytes = await toParquetBytes(columns, rows);
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe('PAR1');
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const back = await parquetReadObjects({ file });
    expect(back).toHaveLength(2);
    expect(back[0].initiative_id).toBe('14110-2022-doc-p1-1');
    expect(back[0].fiscal_year).toBe(2022);
    expect(back[0].share).toBe(0.25);
    expect(back[0].recovered).toBe(false);
    expect(back[1].share).toBeNull();
    expect(back[1].recovered).toBe(true);
    expect(back[0].source_lines).toEqual([120, 121]);
    expect(back[1].source_lines).toBeNull();
  });

  it('writes only the given columns, named by key', () => {
    const data = toColumnData(columns.slice(0, 2), rows);
    expect(data.map((c) => c.name)).toEqual(['initiative_id', 'fiscal_year']);
    expect(data[1].type).toBe('INT32');
    expect([...data[1].data]).toEqual([2022, 2022]);
  });

  it('writes a file with zero rows', async () => {
    const bytes = await toParquetBytes(columns, []);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect(await parquetReadObjects({ file })).toEqual([]);
  });
});
