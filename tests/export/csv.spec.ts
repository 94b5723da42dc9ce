import { describe, expect, it } from 'vitest';
import { toCsv, toCsvBlob } from '../../src/lib/export/csv';

const columns = [
  { key: 'ward', label: '区' },
  { key: 'title', label: '名称' },
  { key: 'n', label: '件数' }
];

describe('toCsv', () => {
  it('writes a header of labels and CRLF line endings', () => {
    const csv = toCsv(columns, [
      { ward: '戸塚区', title: '地域の防災力向上', n: 3 },
      { ward: '泉区', title: '子育て支援', n: 0 }
    ]);
    expect(csv).toBe('区,名称,件数\r\n戸塚区,地域の防災力向上,3\r\n泉区,子育て支援,0');
  });

  // Papa quotes every neutralised cell and prefixes a ' (Excel shows the text, never runs it).
  it.each([
    { value: '=HYPERLINK("http://evil.example","x")', expected: `"'=HYPERLINK(""http://evil.example"",""x"")"` },
    { value: '-1+2', expected: `"'-1+2"` },
    { value: '+81-45', expected: `"'+81-45"` },
    { value: '@SUM(A1)', expected: `"'@SUM(A1)"` },
    { value: '\t=1', expected: `"'\t=1"` },
    { value: '=1+1\nx', expected: `"'=1+1\nx"` }
  ])('neutralises formula-like text $value', ({ value, expected }) => {
    const csv = toCsv([{ key: 'v', label: 'v' }], [{ v: value }]);
    expect(csv.split('\r\n')[1]).toBe(expected);
  });

  it.each([
    { value: '地域の防災力向上（新）', expected: '地域の防災力向上（新）' },
    { value: 'ここに「=」を含む文章', expected: 'ここに「=」を含む文章' },
    { value: '〜子育て〜', expected: '〜子育て〜' },
    { value: 'a,b', expected: '"a,b"' },
    { value: '引用"符', expected: '"引用""符"' }
  ])('leaves plain text unchanged (quoting only where CSV needs it): $value', ({ value, expected }) => {
    expect(toCsv([{ key: 'v', label: 'v' }], [{ v: value }]).split('\r\n')[1]).toBe(expected);
  });

  it('keeps negative numbers as numbers, writes null as empty and lists joined', () => {
    const csv = toCsv(
      [
        { key: 'a', label: 'a' },
        { key: 'b', label: 'b' },
        { key: 'c', label: 'c' }
      ],
      [{ a: -1, b: null, c: [120, 121] }]
    );
    expect(csv.split('\r\n')[1]).toBe('-1,,"120,121"');
  });

  it('writes only the given rows and columns', () => {
    const csv = toCsv([{ key: 'ward', label: '区' }], [{ ward: '戸塚区', secret: 'x' }]);
    expect(csv).toBe('区\r\n戸塚区');
  });
});

describe('toCsvBlob', () => {
  it('starts with the UTF-8 BOM and encodes Japanese as UTF-8', async () => {
    const blob = toCsvBlob([{ key: 'w', label: '区' }], [{ w: '戸塚区' }]);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('区\r\n戸塚区\r\n');
    expect(blob.type).toBe('text/csv;charset=utf-8');
  });
});
