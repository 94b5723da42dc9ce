/**
 * data/raw/sources.json may declare a ward code; it must be the code book's code for that ward (泉区 was
 * once filed under 緑区's 14113 and merged with 緑区's records).
 */
import { describe, it, expect } from 'vitest';
import { sourceWardCode, type WardCodeBook } from '../../src/lib/pipeline/sources';

const book: WardCodeBook = {
  city: '横浜市',
  wards: [
    { code5: '14113', name_ja: '緑区', name_en: 'Midori' },
    { code5: '14116', name_ja: '泉区', name_en: 'Izumi' }
  ]
};
const source = (ward: string, ward_code: string | null, city = '横浜市') => ({ file: 'plan.txt', city, ward, ward_code });

describe('sourceWardCode', () => {
  it.each([
    ['the declared code where the book agrees', source('泉区', '14116'), '14116'],
    ["the book's code where none is declared", source('泉区', null), '14116'],
    ['the declared code of another city (the book cannot judge it)', source('中原区', '14133', '川崎市'), '14133'],
    ['nothing for a ward the book does not know and no declared code', source('さくら区', null), null]
  ])('gives %s', (_, src, code) => {
    expect(sourceWardCode(book, src, 'data/raw/sources.json')).toBe(code);
  });

  it("refuses another ward's code, naming the file, the entry and both codes", () => {
    expect(() => sourceWardCode(book, source('泉区', '14113'), 'data/raw/sources.json')).toThrow(
      "data/raw/sources.json: plan.txt: ward_code 14113 is 緑区's code in the ward code book; 泉区 is 14116"
    );
  });

  it('refuses a code the book gives no ward, for a ward it knows', () => {
    expect(() => sourceWardCode(book, source('泉区', '14199'), 'sources.json')).toThrow(/14199 is no ward's code.*泉区 is 14116/);
  });
});
