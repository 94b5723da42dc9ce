/**
 * PDF extraction can lose a ◆ heading and leave its paragraph. Where the pillar's overview lists a
 * program name that no item carries, the orphan paragraph is that item: rebuild it, and say so.
 */
import type { ParseWarning } from './types';
import type { ItemDraft, PillarDraft } from './drafts';
import { namesMatch, normalizeForMatch } from '../text/normalize';

function itemNames(item: ItemDraft): string[] {
  return [item.program_name, item.title].filter((n): n is string => n !== null);
}

/** Exact (folded) match first; a spelling variant only where no other overview name claims the item. */
function isClaimed(pillar: PillarDraft, name: string): boolean {
  const key = normalizeForMatch(name);
  if (pillar.items.some((it) => itemNames(it).some((n) => normalizeForMatch(n) === key))) return true;
  const others = pillar.overview_programs.filter((o) => normalizeForMatch(o) !== key).map(normalizeForMatch);
  return pillar.items.some((it) =>
    itemNames(it).some((n) => namesMatch(n, name) && !others.includes(normalizeForMatch(n)))
  );
}

export function recoverLostHeadings(pillar: PillarDraft, warnings: ParseWarning[]): void {
  const unclaimed = pillar.overview_programs.filter((name) => !isClaimed(pillar, name));
  // Insert from the back so earlier insert positions stay valid.
  const placements: { at: number; k: number; item: ItemDraft }[] = [];
  pillar.orphans.forEach((orphan, k) => {
    const name = unclaimed[k];
    if (name !== undefined) {
      placements.push({
        at: orphan.afterItems,
        k,
        item: {
          kind: 'recovered',
          sub_theme: null,
          head: name,
          title: name,
          program_name: name,
          description: orphan.text,
          lines: orphan.lines,
          recovered: true
        }
      });
      warnings.push({
        line: orphan.lines[0],
        message: `paragraph without a heading in pillar "${pillar.title}" recovered as 「${name}」 from the pillar overview`
      });
      return;
    }
    // Cannot be placed: keep the text with the item before it, and say so loudly.
    const host = pillar.items[Math.max(0, orphan.afterItems - 1)];
    if (host) {
      host.description.push(...orphan.text);
      host.lines[1] = Math.max(host.lines[1], orphan.lines[1]);
    }
    warnings.push({
      line: orphan.lines[0],
      message: `paragraph at line ${orphan.lines[0]} in pillar "${pillar.title}" has no heading and matches no overview program; kept in the description of the item before it`
    });
  });
  placements.sort((a, b) => b.at - a.at || b.k - a.k);
  for (const { at, item } of placements) pillar.items.splice(at, 0, item);
  pillar.orphans = [];
}
