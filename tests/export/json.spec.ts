import { describe, expect, it } from 'vitest';
import { toJson, toJsonBlob } from '../../src/lib/export/json';

describe('toJsonBlob', () => {
  it('writes the rows pretty-printed as UTF-8 and reads back equal', async () => {
    const rows = [{ ward: '戸塚区', fiscal_year: 2022, lines: [1, 2], note: null }];
    const blob = toJsonBlob(rows);
    expect(blob.type).toBe('application/json;charset=utf-8');
    const text = new TextDecoder().decode(await blob.arrayBuffer());
    expect(JSON.parse(text)).toEqual(rows);
    expect(text.split('\n')[1]).toBe('  {');
  });

  it('writes an empty array for no rows', () => {
    expect(toJson([])).toBe('[]\n');
  });
});
