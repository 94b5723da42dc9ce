import { normalizeForMatch } from '../text/normalize';

/**
 * The one folding used for every theme and marker comparison: normalizeForMatch plus lower case,
 * because Latin words (SNS, ICT, Wi-Fi, LINE) are printed in either case.
 */
export function foldForRules(text: string): string {
  return normalizeForMatch(text).toLowerCase();
}

/**
 * A marker as written on an item or in a legend, reduced to its code: brackets of any kind and a
 * leading ※ removed ('（新）' → '新', '[+D]' → '+d', '※重点事業' → '重点事業').
 */
export function foldMarker(marker: string): string {
  return foldForRules(marker)
    .replace(/^※/, '')
    .replace(/^[([{【〔「<]+/, '')
    .replace(/[)\]}】〕」>]+$/, '');
}
