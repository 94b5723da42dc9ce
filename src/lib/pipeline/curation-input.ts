/** Reads one data/curation/*.json file (validated against the theme taxonomy). */
import { loadCuration, type CurationEntry } from '../curation';
import { defaultThemeRules } from '../themes';

export type { CurationEntry };

export function readCurationEntries(json: unknown, fileName: string): CurationEntry[] {
  try {
    return loadCuration(json, defaultThemeRules);
  } catch (e) {
    throw new Error(`${fileName}: ${(e as Error).message.replace(/^curation\.json:\s*/, '')}`);
  }
}
