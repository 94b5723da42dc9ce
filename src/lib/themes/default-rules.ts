/**
 * The shipped theme data, validated once at import. Build and browser both use this; a malformed
 * file fails loudly here rather than theming nothing.
 */
import taxonomy from '../../../data/themes/taxonomy.json';
import markerThemes from '../../../data/themes/marker-themes.json';
import phraseRules from '../../../data/themes/phrase-rules.json';
import { loadThemeRules } from './load-rules';
import type { ThemeRules } from './types';

export const defaultThemeRules: ThemeRules = loadThemeRules(taxonomy, markerThemes, phraseRules);
