/**
 * Titles made from running text. A bullet's title is cut exactly as data-contract.md says (40 characters,
 * then …), so that it is the same for anyone who applies the rule; a stance item's title is its first
 * clause, cut where it would leave a bracket open ("…笑顔あふれ、「住みたい、住み続けたい」と…": before the 「).
 */
const PAIRS: Record<string, string> = { '「': '」', '『': '』', '（': '）', '(': ')', '【': '】', '［': '］', '[': ']', '〈': '〉', '《': '》' };
const CLOSERS = new Set(Object.values(PAIRS));

/** The contract's cut for bullet titles: the first 40 characters, and … if there were more. */
export function cutTo40(text: string): string {
  const chars = [...text];
  return chars.length > 40 ? chars.slice(0, 40).join('') + '…' : text;
}

/** A clause's title: at most `max` characters, never ending inside brackets. */
export function cutClause(text: string, max = 40): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  let kept = chars.slice(0, max);
  const open = firstUnclosed(kept);
  if (open > 0) kept = kept.slice(0, open);
  return kept.join('').replace(/[、，,・\s]+$/u, '') + '…';
}

/** Index of the outermost opening bracket left unclosed, or -1. */
function firstUnclosed(chars: string[]): number {
  const stack: number[] = [];
  chars.forEach((c, k) => {
    if (c in PAIRS) stack.push(k);
    else if (CLOSERS.has(c) && stack.length > 0 && PAIRS[chars[stack[stack.length - 1]]] === c) stack.pop();
  });
  return stack.length > 0 ? stack[0] : -1;
}
