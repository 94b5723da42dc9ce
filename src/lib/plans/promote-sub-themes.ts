/**
 * An umbrella line over unnumbered pillars that stand directly over their bullets
 * (協働で進めるまちづくり / 安心して暮らせるまちづくり ・… / 子育てを応援するまちづくり ・…) reads as one pillar
 * with sub-themes. A plan has 3–6 pillars: where the walk found a single policy pillar (an office
 * pillar aside) whose sub-themes are all worded like pillars, those sub-themes are the pillars and the
 * first line was the umbrella over them. Said in a warning.
 */
import type { ParseWarning } from './types';
import type { ItemDraft, PillarDraft } from './drafts';
import { pillarEnding } from './find-pillars';

const AREA = new Set(['machizukuri', 'machi', 'zukuri']);

export function promoteSubThemes(pillars: PillarDraft[], warnings: ParseWarning[]): PillarDraft[] {
  const policy = pillars.filter((p) => pillarEnding(p.title) !== 'kuyakusho');
  const first = pillars[0];
  if (!first || policy.length !== 1 || policy[0] !== first || first.number !== null || first.summary.length > 0) return pillars;
  if (first.items.length === 0 || first.items.some((it) => it.sub_theme === null)) return pillars;
  const themes = [...new Set(first.items.map((it) => it.sub_theme as string))];
  if (themes.length < 2 || !themes.every((t) => AREA.has(pillarEnding(t) ?? ''))) return pillars;
  const promoted = themes.map((title): PillarDraft => {
    const items: ItemDraft[] = first.items.filter((it) => it.sub_theme === title).map((it) => ({ ...it, sub_theme: null }));
    return {
      number: null,
      style: 'none',
      order: 0,
      title,
      summary: [],
      overview_programs: [],
      overview_lines: new Map(),
      lines: [Math.min(...items.map((it) => it.lines[0])), Math.max(...items.map((it) => it.lines[1]))],
      items,
      orphans: []
    };
  });
  warnings.push({
    line: first.lines[0],
    message: `「${first.title}」 heads ${themes.length} headings worded like pillars with nothing else under it: read as an umbrella line, its headings as the pillars`
  });
  const out = [...promoted, ...pillars.slice(1)];
  out.forEach((p, k) => (p.order = k + 1));
  return out;
}
