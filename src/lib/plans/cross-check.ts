/**
 * Cross-checks that warn loudly: overview program names without an initiative (with OCR-variant
 * tolerance), a name listed under two pillars, the same item in two pillars.
 */
import type { ParsedPillar, ParseWarning } from './types';
import { namesMatch, normalizeForMatch } from '../text/normalize';

function carries(pillar: ParsedPillar, name: string): { exact: boolean; variant: string | null } | null {
  const key = normalizeForMatch(name);
  const candidates = pillar.initiatives.flatMap((it) => [it.program_name, it.title]).filter((c): c is string => !!c);
  // An exact match anywhere wins over a spelling variant (防犯事業 is not an OCR slip of 防災事業).
  if (candidates.some((c) => normalizeForMatch(c) === key)) return { exact: true, variant: null };
  const variant = candidates.find((c) => namesMatch(c, name) && !pillar.overview_programs.some((o) => o !== name && normalizeForMatch(o) === normalizeForMatch(c)));
  return variant ? { exact: false, variant } : null;
}

/** `listedAt`: the line a pillar's overview lists a program name on (the warnings point there). */
export function crossCheck(pillars: ParsedPillar[], listedAt: (pillar: ParsedPillar, name: string) => number = (p) => p.lines[0]): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  for (const pillar of pillars) {
    for (const name of pillar.overview_programs) {
      const found = carries(pillar, name);
      const line = listedAt(pillar, name);
      if (found && !found.exact) {
        warnings.push({
          line,
          message: `overview program 「${name}」 matches 「${found.variant}」 in pillar ${pillar.position} only as a spelling variant (OCR?)`
        });
      } else if (!found) {
        const elsewhere = pillars.find((other) => other !== pillar && carries(other, name));
        warnings.push({
          line,
          message: elsewhere
            ? `overview program 「${name}」 of pillar ${pillar.position} is an initiative of pillar ${elsewhere.position}`
            : `MISSING: overview program 「${name}」 of pillar ${pillar.position} has no initiative`
        });
      }
      const listedTwice = pillars.find(
        (other) => other !== pillar && other.overview_programs.some((n) => namesMatch(n, name))
      );
      if (listedTwice && listedTwice.position > pillar.position) {
        warnings.push({ line, message: `program 「${name}」 is listed under pillars ${pillar.position} and ${listedTwice.position}` });
      }
    }
  }
  const seen = new Map<string, number>();
  for (const pillar of pillars) {
    for (const it of pillar.initiatives) {
      const key = normalizeForMatch(`${it.title}|${it.description}`);
      const first = seen.get(key);
      if (first !== undefined && first !== pillar.position) {
        warnings.push({ line: it.lines[0], message: `item 「${it.title}」 appears in pillars ${first} and ${pillar.position}` });
      } else {
        seen.set(key, pillar.position);
      }
    }
  }
  return warnings;
}
