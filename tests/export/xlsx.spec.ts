import { describe, expect, it } from 'vitest';
import { safeSheetName, toSheetData, toXlsxBlob, type XlsxLoader } from '../../src/lib/export/xlsx';

const columns = [
  { key: 'ward', label: '区' },
  { key: 'n', label: '件数' }
];

describe('toSheetData', () => {
  it('has a bold header then typed cells; formula-like text stays a String cell', () => {
    const data = toSheetData(columns, [
      { ward: '=HYPERLINK("x")', n: 3 },
      { ward: '泉区', n: null }
    ]);
    expect(data).toHaveLength(3);
    expect(data[0]).toEqual([
      { value: '区', type: String, fontWeight: 'bold' },
      { value: '件数', type: String, fontWeight: 'bold' }
    ]);
    expect(data[1]).toEqual([
      { value: '=HYPERLINK("x")', type: String },
      { value: 3, type: Number }
    ]);
    expect(data[2]).toEqual([{ value: '泉区', type: String }, null]);
  });
});

describe('safeSheetName', () => {
  it.each([
    { name: '取組一覧', expected: '取組一覧' },
    { name: 'a/b:c', expected: 'a b c' },
    { name: 'x'.repeat(40), expected: 'x'.repeat(31) },
    { name: '[]', expected: 'Sheet1' }
  ])('$name → $expected', ({ name, expected }) => {
    expect(safeSheetName(name)).toBe(expected);
  });
});

describe('toXlsxBlob', () => {
  it('writes a zip (xlsx) through the given writer', async () => {
    // The browser entry needs Web Workers; the universal entry has the same API and runs in Node.
    const load = (() => import('write-excel-file/universal')) as unknown as XlsxLoader;
    const blob = await toXlsxBlob(columns, [{ ward: '戸塚区', n: 1 }], '取組/一覧', load);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
    expect(bytes.length).toBeGreaterThan(1000);
  });
});
