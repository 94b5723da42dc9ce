/**
 * Unnumbered pillars with no overview: each pillar heading stands directly over its ・ bullets (a
 * summary paragraph between them or not), so a pillar looks like a sub-theme. The document's own
 * structure decides: where every pillar so far is a heading over items without sub-themes, a further
 * heading with the same kind of title ending (…まちづくり, …のまち, …区役所づくり) is the next pillar,
 * not a sub-theme of the last one. A plan that has numbers, overview program lists or sub-themes never
 * takes this path (戸塚区 2022).
 */
import type { PillarDraft } from './drafts';
import { pillarEnding } from './find-pillars';

/**
 * Endings that mark policy areas in any ward's plan (…まちづくり, …のまち, …地域づくり); the office pillar
 * (区役所づくり) often ends such a list. …の推進 agrees only with itself.
 */
const AREA_ENDINGS = new Set(['machizukuri', 'machi', 'zukuri', 'kuyakusho']);

function endingsAgree(a: string, b: string): boolean {
  return a === b || (AREA_ENDINGS.has(a) && AREA_ENDINGS.has(b));
}

function isBareHeadingOverItems(p: PillarDraft): boolean {
  // A summary paragraph under the heading is allowed (a web page: <h3>, <p>, <ul>); sub-themes are not.
  return (
    p.number === null &&
    p.overview_programs.length === 0 &&
    p.items.length > 0 &&
    p.items.every((it) => it.sub_theme === null)
  );
}

export function continuesPillarSeries(pillars: PillarDraft[], heading: string): boolean {
  const ending = pillarEnding(heading);
  if (ending === null || pillars.length === 0) return false;
  const series = pillars.every((p) => {
    const own = pillarEnding(p.title);
    return isBareHeadingOverItems(p) && own !== null && endingsAgree(own, ending);
  });
  return series || closesWithOfficePillar(pillars, ending);
}

/**
 * Plans often end their まちづくり pillars with one about the ward office itself (区役所づくり): even where
 * the pillars above it have sub-themes, a 区役所づくり heading after them is that last pillar, as long
 * as there is no overview to say otherwise and no office pillar yet.
 */
function closesWithOfficePillar(pillars: PillarDraft[], ending: string): boolean {
  if (ending !== 'kuyakusho') return false;
  return pillars.every((p) => {
    const own = pillarEnding(p.title);
    return p.number === null && p.summary.length === 0 && p.overview_programs.length === 0 && p.items.length > 0 && own !== null && own !== 'kuyakusho';
  });
}
