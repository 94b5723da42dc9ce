import { describe, expect, it } from 'vitest';
import taxonomy from '../../data/themes/taxonomy.json';
import markerThemes from '../../data/themes/marker-themes.json';
import phraseRules from '../../data/themes/phrase-rules.json';
import { loadThemeRules, ThemeDataError } from '../../src/lib/themes/load-rules';
import { defaultThemeRules } from '../../src/lib/themes/default-rules';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('shipped theme data', () => {
  const slugs = taxonomy.themes.map((t) => t.slug);

  it('loads without error and keeps every theme', () => {
    expect(defaultThemeRules.themes.map((t) => t.slug)).toEqual(slugs);
  });

  it('has 12–14 themes with unique slugs and both languages filled', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(12);
    expect(slugs.length).toBeLessThanOrEqual(14);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const t of taxonomy.themes) {
      for (const f of [t.label_ja, t.label_en, t.definition_ja, t.definition_en]) expect(f.trim()).not.toBe('');
    }
  });

  it('has no catch-all theme', () => {
    for (const t of taxonomy.themes) {
      expect(t.label_ja).not.toMatch(/その他|そのほか/);
      expect(t.label_en).not.toMatch(/^(other|misc)/i);
    }
  });

  it('maps markers only to themes the taxonomy defines', () => {
    const used = [...markerThemes.labels, ...markerThemes.codes].flatMap((m) => m.slugs);
    for (const s of used) expect(slugs).toContain(s);
  });

  it('gives every theme at least one phrase, and no empty phrase', () => {
    for (const s of slugs) {
      const rule = phraseRules.rules.find((r) => r.slug === s);
      expect(rule, s).toBeDefined();
      expect(rule!.phrases.length).toBeGreaterThan(0);
      for (const p of [...rule!.phrases, ...rule!.heading_phrases]) expect(p.trim()).not.toBe('');
    }
  });

  it('maps the 戸塚区 2022 legend labels and the known codes', () => {
    const labelSlugs = (label: string) =>
      markerThemes.labels.filter((l) => label.includes(l.label)).flatMap((l) => l.slugs);
    expect(new Set(labelSlugs('防災・減災'))).toEqual(new Set(['bousai']));
    expect(new Set(labelSlugs('脱炭素・環境'))).toEqual(new Set(['datsutanso']));
    expect(new Set(labelSlugs('Withコロナ'))).toEqual(new Set(['kenko']));
    expect(labelSlugs('デジタル')).toEqual(['digital']);
    expect(markerThemes.codes.find((c) => c.code === '+D')?.slugs).toEqual(['digital']);
    expect(markerThemes.no_theme).toEqual(expect.arrayContaining(['新', '新規', '新規事業', '重点']));
  });
});

describe('loadThemeRules rejects malformed data with a clear message', () => {
  const load = (t: unknown, m: unknown, p: unknown) => () => loadThemeRules(t, m, p);

  it('unknown slug in a marker mapping', () => {
    const m = clone(markerThemes);
    m.codes.push({ code: '防', slugs: ['bosai'] });
    expect(load(taxonomy, m, phraseRules)).toThrow(/marker-themes\.json: code "防" uses unknown theme slug "bosai"/);
  });

  it('empty phrase', () => {
    const p = clone(phraseRules);
    p.rules[0].phrases.push('  ');
    expect(load(taxonomy, markerThemes, p)).toThrow(ThemeDataError);
    expect(load(taxonomy, markerThemes, p)).toThrow(/phrase-rules\.json.*\n.*phrase must not be empty/);
  });

  it('duplicate slug', () => {
    const t = clone(taxonomy);
    t.themes.push({ ...t.themes[0] });
    expect(load(t, markerThemes, phraseRules)).toThrow(/taxonomy\.json: duplicate slug "bousai"/);
  });

  it('a theme without phrase rules', () => {
    const p = clone(phraseRules);
    p.rules = p.rules.filter((r) => r.slug !== 'digital');
    expect(load(taxonomy, markerThemes, p)).toThrow(/theme "digital" has no phrase rule/);
  });

  it('a catch-all theme', () => {
    const t = clone(taxonomy);
    t.themes.push({ slug: 'sonota', label_ja: 'その他', label_en: 'Other', definition_ja: 'x', definition_en: 'x' });
    const p = clone(phraseRules);
    p.rules.push({ slug: 'sonota', phrases: ['その他'], heading_phrases: [] });
    expect(load(t, markerThemes, p)).toThrow(/catch-all/);
  });

  it('a missing field', () => {
    const t = clone(taxonomy) as { themes: Array<Record<string, string>> };
    delete t.themes[2].label_en;
    expect(load(t, markerThemes, phraseRules)).toThrow(/taxonomy\.json: invalid data[\s\S]*label_en/);
  });
});
