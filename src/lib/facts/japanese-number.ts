/**
 * Numbers as Japanese sources write them: 1億1,888万7千円, 9千560万円, 99,090千円, 9605.3万円, 約1億円.
 * Returns null for anything that is not one number (ranges, lists, changes): a figure we cannot read
 * exactly is kept as raw text, never guessed.
 */

const UNIT_VALUE: Record<string, number> = { 億: 1e8, 万: 1e4, 千: 1e3 };

/** Parses one amount such as '1億1,888万7千' (no currency sign); null when it is not exactly one number. */
export function parseJapaneseAmount(text: string): number | null {
  const s = text.normalize('NFKC').replace(/,/g, '').replace(/^約/, '').trim();
  if (!/^[0-9.億万千]+$/.test(s) || !/[0-9]/.test(s)) return null;
  // Split into big groups by 億 and 万; inside a group 千 multiplies the digits before it (9千560 = 9560).
  let total = 0;
  let rest = s;
  for (const big of ['億', '万'] as const) {
    const at = rest.indexOf(big);
    if (at >= 0) {
      const group = parseSmallGroup(rest.slice(0, at));
      if (group === null) return null;
      total += group * UNIT_VALUE[big];
      rest = rest.slice(at + 1);
    }
  }
  if (rest.length > 0) {
    // A trailing 千 with nothing after it means thousands of the unit (99,090千円 = 99,090,000円).
    const group = parseSmallGroup(rest);
    if (group === null) return null;
    total += group;
  }
  return Math.round(total * 100) / 100;
}

function parseSmallGroup(text: string): number | null {
  if (text === '') return null;
  const at = text.indexOf('千');
  if (at < 0) return /^\d+(\.\d+)?$/.test(text) ? Number(text) : null;
  const head = text.slice(0, at);
  const tail = text.slice(at + 1);
  if (!/^\d+(\.\d+)?$/.test(head) || (tail !== '' && !/^\d+$/.test(tail))) return null;
  return Number(head) * 1000 + (tail === '' ? 0 : Number(tail));
}
