/**
 * PDF text repeats page furniture between items: page numbers and a running header (the plan's title
 * on every page). Dropped before parsing so that it neither becomes an item nor ends a pillar; unlike
 * a blank line it is no paragraph break, since the text often runs on across the page.
 */
import { normalizeForMatch } from '../text/normalize';
import { isPageNumber } from './strip-debris';

/** The plan's title line as a running header: "令和５年度 青葉区運営方針", "青葉区運営方針（令和５年度）". */
const TITLE_LINE = /^[^。、]{0,20}運営方針[^。、]{0,20}$/;

export interface PageFurniture {
  /** True for raw line k (0-based) where it is page furniture. */
  isFurniture(k: number): boolean;
}

export function findPageFurniture(rawLines: string[]): PageFurniture {
  const cleaned = rawLines.map((l) => l.replace(/\f/g, '').trim());
  const drop = new Set<number>();
  const titles = new Set<string>();
  cleaned.forEach((line, k) => {
    const norm = normalizeForMatch(line);
    if (isPageNumber(line)) drop.add(k);
    else if (TITLE_LINE.test(norm)) {
      if (titles.has(norm)) drop.add(k); // the title again: a running header, not a second plan
      titles.add(norm);
    }
  });
  // A bare number ("３") is a page number unless a short heading follows it (a pillar number whose
  // title extraction put on the next line); after a page break the next line is furniture or text.
  cleaned.forEach((line, k) => {
    if (!/^[0-9０-９]{1,3}$/.test(line)) return;
    const nextK = cleaned.findIndex((l, j) => j > k && l !== '' && !drop.has(j));
    const next = nextK < 0 ? '' : cleaned[nextK];
    const startsPage = rawLines[k + 1]?.startsWith('\f') || rawLines[k].startsWith('\f');
    const headingFollows = next !== '' && !next.includes('。') && [...next].length <= 30 && !/^[◆●■○◇◎★☆・【\-]/.test(next);
    if (startsPage || !headingFollows) drop.add(k);
  });
  return { isFurniture: (k) => drop.has(k) };
}
