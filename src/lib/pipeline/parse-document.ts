/**
 * Bytes of a plan document (UTF-8 or Shift_JIS text, or HTML) → parsed plan. The one path shared by
 * `npm run parse`, `npm run data` and the browser import, so a document parses the same everywhere.
 */
import { parsePlan } from '../plans/parse-plan';
import { PlanInputError, type ParseOptions, type ParsedPlan } from '../plans/types';
import { decodePlanBytes, looksLikeHtml } from '../text/decode';
import { htmlToText } from '../text/html-to-text';

/** The text the parser reads (line numbers count its lines): HTML is turned into text first. */
export function documentText(bytes: Uint8Array, fileName: string): string {
  const { text } = decodePlanBytes(bytes, fileName);
  return looksLikeHtml(text) ? htmlToText(text) : text;
}

export function parsePlanBytes(bytes: Uint8Array, options: ParseOptions & { fileName: string }): ParsedPlan {
  const text = documentText(bytes, options.fileName);
  try {
    return parsePlan(text, options);
  } catch (e) {
    if (e instanceof PlanInputError) {
      const where = e.line ? ` line ${e.line}:` : '';
      throw new PlanInputError(`${options.fileName}:${where} ${e.message.replace(new RegExp(`^${options.fileName}:\\s*`), '')}`, e.line);
    }
    throw e;
  }
}
