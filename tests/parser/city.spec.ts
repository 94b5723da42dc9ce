/**
 * The city of a plan's ward, where the text prints it: wards of different cities share names (中区, 西区,
 * 北区), so a city is read only from the city printed with the ward or from the city's own masthead, and
 * is null otherwise (the import form then asks).
 */
import { describe, it, expect } from 'vitest';
import { readCity } from '../../src/lib/plans/read-city';
import { parsePlan } from '../../src/lib/plans/parse-plan';

describe('readCity', () => {
  it.each([
    ['the city before the ward in the title', ['令和5年度 川崎市中原区 区運営方針'], '中原区', '川崎市', 1],
    ['the ward office in a contact line', ['基本目標', 'お問合せ：横浜市泉区役所 区政推進課'], '泉区', '横浜市', 2],
    ['full-width text and a space between', ['大阪市　西区役所　総務課'], '西区', '大阪市', 1],
    ['a name that contains a shorter one', ['北九州市小倉北区 区政運営の方針'], '小倉北区', '北九州市', 1],
    ['Tokyo: the ward is the municipality', ['東京都港区 令和5年度 区政運営方針'], '港区', '東京都', 1],
    ['the newsletter masthead', ['広報よこはま 港北区版 2023年4月号'], '港北区', '横浜市', 1],
    ['the city web address', ['https://www.city.yokohama.lg.jp/kanazawa/'], '金沢区', '横浜市', 1]
  ])('%s', (_, lines, ward, city, line) => {
    expect(readCity(lines, ward)).toMatchObject({ city, line });
  });

  it('counts only the plan’s own ward, and the city printed most often with it wins', () => {
    const lines = ['名古屋市中区との交流事業', '横浜市中区役所 地域振興課', '横浜市中区山下町', '大阪市北区の取組を参考に'];
    expect(readCity(lines, '中区')).toMatchObject({ city: '横浜市', line: 2 });
    expect(readCity(lines, '北区')).toMatchObject({ city: '大阪市', line: 4 });
  });

  it('is null where no city is printed with the ward', () => {
    expect(readCity(['令和4年度 泉区運営方針', '横浜市の中期計画に沿って', '市税の公平な課税'], '泉区')).toBeNull();
    expect(readCity(['令和4年度 西区運営方針'], '西区')).toBeNull();
    expect(readCity([], null)).toBeNull();
  });

  it('takes the first city and ward printed together when the ward is not known', () => {
    expect(readCity(['さいたま市浦和区 区の運営方針'], null)).toMatchObject({ city: 'さいたま市' });
  });
});

describe('parsePlan: city', () => {
  const body = ['基本目標', '緑と川のまち', '目標達成に向けた施策', '1 安全なまち', '・防災訓練を支援します。'];
  it('reads the city printed with the ward, and leaves it null where none is', () => {
    expect(parsePlan(['令和5年度 川崎市中原区運営方針', ...body].join('\n'))).toMatchObject({ city: '川崎市', ward: '中原区' });
    expect(parsePlan(['令和5年度 中原区運営方針', ...body].join('\n'))).toMatchObject({ city: null, ward: '中原区' });
  });
});
