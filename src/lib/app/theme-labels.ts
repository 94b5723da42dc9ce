/** Theme slug → label in the UI language, from the taxonomy the build shipped (same for every ward). */
import type { Lang } from '$lib/i18n';
import type { CoreData } from './core-types';

export function themeLabeler(themes: CoreData['themes'], lang: Lang): (slug: string) => string {
  const bySlug = new Map(themes.map((t) => [t.slug, lang === 'en' ? t.label_en || t.label_ja : t.label_ja]));
  return (slug) => bySlug.get(slug) ?? slug;
}
