export { LABELS, LANGS, DEFAULT_LANG, t, toLang } from './labels';
export type { Lang, LabelKey } from './labels';
export { eraFiscalYear, fiscalYearLabel, fiscalYearShort, parseEraFiscalYear } from './fiscal';
export { wardNameEn, wardCode, wardNameEnByCode, wardLabel, WARD_ORDER } from './wards';
