/**
 * The city a plan's ward belongs to, where the text prints it. Wards of different cities share names
 * (中区: 横浜・名古屋; 西区: 横浜・大阪・名古屋・札幌…; 北区: 大阪・名古屋・東京都…), so an import must not
 * guess: null when the text names no city, and the import form asks.
 */

/** The 20 designated cities (政令指定都市, the cities with wards) and Tokyo, whose 23 wards are themselves municipalities. */
export const CITIES_WITH_WARDS = [
  '札幌市', '仙台市', 'さいたま市', '千葉市', '川崎市', '横浜市', '相模原市', '新潟市', '静岡市', '浜松市',
  '名古屋市', '京都市', '大阪市', '堺市', '神戸市', '岡山市', '広島市', '北九州市', '福岡市', '熊本市', '東京都'
] as const;

export interface CityFound {
  city: string;
  /** 1-based line of the text where it was read. */
  line: number;
  /** How: 'named' (city and ward printed together) or 'masthead' (広報よこはま, a city web address). */
  how: 'named' | 'masthead';
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest names first, so that the alternation never stops at a shorter name inside a longer one.
const CITY_THEN_WARD = new RegExp(`(${[...CITIES_WITH_WARDS].sort((a, b) => b.length - a.length).map(escape).join('|')})\\s*([^\\s、。「」()\\[\\]【】・:]{1,6}?区)`, 'g');
/** The city's own publications: 広報よこはま, www.city.yokohama.lg.jp, its pages' breadcrumb (横浜市トップページ > …). */
const YOKOHAMA_MASTHEAD = /広報よこはま|city\.yokohama\.lg\.jp|横浜市トップページ/;

/**
 * `lines`: the text as given (NFKC-normalised here). With `ward` known, only that ward printed after a
 * city counts; the city printed most often with it wins (the earliest on a tie).
 */
export function readCity(lines: readonly string[], ward: string | null): CityFound | null {
  const seen = new Map<string, { count: number; line: number }>();
  lines.forEach((raw, i) => {
    const text = raw.normalize('NFKC');
    for (const m of text.matchAll(CITY_THEN_WARD)) {
      if (ward !== null && m[2] !== ward) continue;
      const prev = seen.get(m[1]);
      seen.set(m[1], { count: (prev?.count ?? 0) + 1, line: prev?.line ?? i + 1 });
    }
  });
  const best = [...seen.entries()].sort((a, b) => b[1].count - a[1].count || a[1].line - b[1].line)[0];
  if (best) return { city: best[0], line: best[1].line, how: 'named' };
  const masthead = lines.findIndex((l) => YOKOHAMA_MASTHEAD.test(l.normalize('NFKC')));
  return masthead >= 0 ? { city: '横浜市', line: masthead + 1, how: 'masthead' } : null;
}
