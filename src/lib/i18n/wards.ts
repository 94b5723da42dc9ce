/**
 * Ward names: Japanese as published, English from data/facts/yokohama-wards.json (戸塚区 → Totsuka).
 */
import wardsFile from '../../../data/facts/yokohama-wards.json';
import type { Lang } from './labels';

interface WardRecord {
  code5: string;
  name_ja: string;
  name_en: string;
}

const WARDS: readonly WardRecord[] = (wardsFile as { wards: WardRecord[] }).wards;

/** ヶ/ケ and spaces vary between sources (保土ケ谷区 / 保土ヶ谷区). */
function fold(name: string): string {
  return name.normalize('NFKC').replace(/[ヶヵ]/g, 'ケ').replace(/\s+/g, '');
}

const BY_NAME = new Map<string, WardRecord>();
for (const w of WARDS) {
  BY_NAME.set(fold(w.name_ja), w);
  BY_NAME.set(fold(w.name_ja.replace(/区$/, '')), w);
}
const BY_CODE = new Map(WARDS.map((w) => [w.code5, w] as const));

/** English name ('Totsuka') for a Japanese ward name ('戸塚区', '戸塚', '保土ヶ谷区'); null if unknown. */
export function wardNameEn(nameJa: string): string | null {
  return BY_NAME.get(fold(nameJa))?.name_en ?? null;
}

/** 5-digit code ('14110') for a ward name; null if unknown. */
export function wardCode(nameJa: string): string | null {
  return BY_NAME.get(fold(nameJa))?.code5 ?? null;
}

/** English name for a 5-digit code; null if unknown. */
export function wardNameEnByCode(code5: string): string | null {
  return BY_CODE.get(code5)?.name_en ?? null;
}

/**
 * The ward's name for display: ja as published; en 'Totsuka' (wards not in the list, e.g. other
 * cities' wards in imported plans, keep their published name).
 */
export function wardLabel(nameJa: string, lang: Lang): string {
  if (lang === 'ja') return nameJa;
  return wardNameEn(nameJa) ?? nameJa;
}

/** Ward names in code order (鶴見区 first), for stable row order in charts. */
export const WARD_ORDER: readonly string[] = WARDS.map((w) => w.name_ja);
