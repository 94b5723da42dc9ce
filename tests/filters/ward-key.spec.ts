import { describe, expect, it } from 'vitest';
import { parseWardKey, wardKey, wardMatcher } from '../../src/lib/filters/ward-key';
import { wardCondition } from '../../src/lib/queries/sql-parts';

describe('ward keys', () => {
  it('round-trip a city and ward; a bare name has no city', () => {
    expect(parseWardKey(wardKey('名古屋市', '中区'))).toEqual({ city: '名古屋市', ward: '中区' });
    expect(parseWardKey('中区')).toEqual({ city: null, ward: '中区' });
  });
  it.each([
    [[], '横浜市', '中区', true],
    [['横浜市|中区'], '横浜市', '中区', true],
    [['横浜市|中区'], '名古屋市', '中区', false],
    [['中区'], '名古屋市', '中区', true],
    [['中区'], '名古屋市', '東区', false],
    [['名古屋市|東区', '泉区'], '横浜市', '泉区', true]
  ] as const)('%j takes %s %s: %s', (values, city, ward, expected) => {
    expect(wardMatcher([...values])(city, ward)).toBe(expected);
  });
  it('becomes SQL with every value bound', () => {
    expect(wardCondition(['中区', '横浜市|泉区', '名古屋市|東区'])).toEqual({
      sql: 'p.ward IN (?) OR (p.city = ? AND p.ward = ?) OR (p.city = ? AND p.ward = ?)',
      params: ['中区', '横浜市', '泉区', '名古屋市', '東区']
    });
  });
});
