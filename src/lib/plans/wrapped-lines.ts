/**
 * A PDF's column width breaks sentences across lines ("…を支援するとともに、" / "女性や要援護者の視点を取り入れた
 * 拠点運営の" / "推進を行います。"). A line that stops on a comma or a particle has not finished: the next line,
 * with no blank line between, carries it on, even when that next line looks like a short heading.
 */
import type { ContentLine } from './lines';
import { readNumberedHeading } from './find-pillars';

/**
 * Ends on a comma, a middle dot (自助・ / 共助), a case particle or a connective: the sentence goes on in the next line. Not a plain
 * verb (…を支援する, …を実施した): bullets written in the である style end that way.
 */
const UNFINISHED = /(?:[、,，・]|[のをにはがとでやへも]|(?:して|とした|とする|による|における|に向けた|に対する|とともに|及び|並びに|又は|または|かつ))$/;

export function endsUnfinished(text: string): boolean {
  const t = text.trim();
  return t !== '' && UNFINISHED.test(t);
}

/** Whether `line` may carry on a text that stopped on `last`: never a numbered heading (2 学び合う組織). */
export function carriesOn(last: string, line: ContentLine): boolean {
  return !line.gapBefore && endsUnfinished(last) && readNumberedHeading(line.text) === null;
}

/** "…確認でき" then "るようにします。": a word broken across lines (a page break), never two paragraphs. */
export function breaksMidWord(before: string, after: string): boolean {
  return /[ぁ-ゖ]$/.test(before.trim()) && /^[ぁ-ゖ]/.test(after.trim());
}
