/**
 * Bytes of an imported plan file → text. Pure (no Node APIs): the browser import and the CLI share it.
 * UTF-8 first (strict), then Shift_JIS (older ward pages and PDF extractions on Windows).
 */
import { PlanInputError } from '../plans/types';

export const MAX_PLAN_BYTES = 20 * 1024 * 1024;

export interface DecodedPlan {
  text: string;
  encoding: 'utf-8' | 'shift_jis';
}

/** Control bytes other than tab, LF, FF, CR: a text file has almost none. */
function countControlBytes(bytes: Uint8Array): { nul: number; control: number } {
  let nul = 0;
  let control = 0;
  for (const b of bytes) {
    if (b === 0) nul++;
    else if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  return { nul, control };
}

function tryDecode(label: 'utf-8' | 'shift_jis', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodePlanBytes(bytes: Uint8Array, fileName: string): DecodedPlan {
  if (bytes.length === 0) throw new PlanInputError(`${fileName}: empty file`);
  if (bytes.length > MAX_PLAN_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1);
    throw new PlanInputError(`${fileName}: file is ${mb} MB, over the 20 MB limit`);
  }
  const { nul, control } = countControlBytes(bytes);
  // Shift_JIS and UTF-8 multi-byte sequences never use bytes below 0x20, so these are real control bytes.
  if (nul > 0 || (control >= 4 && control / bytes.length > 0.01)) {
    throw new PlanInputError(`${fileName}: binary file (control bytes found), not a text plan`);
  }
  let text: string | null = null;
  let encoding: DecodedPlan['encoding'] = 'utf-8';
  text = tryDecode('utf-8', bytes);
  if (text === null) {
    text = tryDecode('shift_jis', bytes);
    encoding = 'shift_jis';
  }
  if (text === null) throw new PlanInputError(`${fileName}: cannot decode as UTF-8 or Shift_JIS`);
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new PlanInputError(`${fileName}: empty file (white space only)`);
  return { text, encoding };
}

/** True where the text is an HTML page rather than plain text (decides whether htmlToText runs). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  const tags = text.match(/<\/?(?:html|head|body|div|p|table|tr|td|ul|li|h[1-6]|br|span|a)\b[^<>]{0,200}>/gi);
  return (tags?.length ?? 0) >= 3;
}
