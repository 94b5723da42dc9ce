/**
 * 「(旧:…)」 rename pointers: a later plan may print the former program name(s) next to an item, e.g.
 * 【花と緑のまちづくり事業】 … (旧:花壇づくり事業、街路樹緑化事業). That is the document's own statement of
 * lineage, so it ranks with a shared program name.
 */
import { normalizeForMatch } from '../text/normalize';

// After NFKC （旧：…） is (旧:…); the colon is sometimes left out. 〔〕 and 【】 are not folded by NFKC.
const POINTER = /[(〔【]旧[:：]?([^)〕】]*)[)〕】]/g;

/** Former names a text points to, as printed (trimmed, trailing 等 dropped). 、 and , separate names; ・ does not (it is part of names such as 障害児・者…). */
export function renamePointers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFKC').matchAll(POINTER)) {
    for (const part of m[1].split(/[、,，]/)) {
      const name = part.trim().replace(/等$/, '').trim();
      if (name) out.push(name);
    }
  }
  return out;
}

/** The text without its pointers, so that 「(旧:…)」 does not count as a change of title or name. */
export function stripRenamePointers(text: string): string {
  return text.normalize('NFKC').replace(POINTER, '').trim();
}

/** Folded program name without pointers; null where the item has none. */
export function programKey(programName: string | null): string | null {
  if (programName == null) return null;
  const key = normalizeForMatch(stripRenamePointers(programName));
  return key === '' ? null : key;
}
