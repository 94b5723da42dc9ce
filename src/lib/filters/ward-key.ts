/**
 * A ward filter value: `city|ward` names one city's ward (中区 is a ward of Yokohama, Nagoya, Sakai,
 * Hamamatsu, Okayama and Hiroshima); a bare ward name (links made before cities were told apart) means
 * that ward name in every city. Ward and city names never contain '|'.
 */
export const WARD_KEY_SEPARATOR = '|';

export const wardKey = (city: string, ward: string): string => `${city}${WARD_KEY_SEPARATOR}${ward}`;

export interface WardRef {
  /** Null: any city. */
  city: string | null;
  ward: string;
}

export function parseWardKey(value: string): WardRef {
  const at = value.indexOf(WARD_KEY_SEPARATOR);
  return at < 0 ? { city: null, ward: value } : { city: value.slice(0, at), ward: value.slice(at + 1) };
}

/** Does the filter list (empty = no filter) take this city's ward? */
export function wardMatcher(values: readonly string[]): (city: string, ward: string) => boolean {
  if (values.length === 0) return () => true;
  const keys = new Set(values.filter((v) => v.includes(WARD_KEY_SEPARATOR)));
  const names = new Set(values.filter((v) => !v.includes(WARD_KEY_SEPARATOR)));
  return (city, ward) => names.has(ward) || keys.has(wardKey(city, ward));
}
