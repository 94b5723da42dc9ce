export { assignThemes, declaredThemes, ruleThemes } from './assign-themes';
export { loadThemeRules, ThemeDataError } from './load-rules';
export { defaultThemeRules } from './default-rules';
export { markerLabel, legendEntryFor } from './marker-label';
export { foldForRules, foldMarker } from './fold';
export type * from './types';
