/**
 * A PDF's column width breaks sentences across lines ("…を支援するとともに、" / "女性や要援護者の視点を取り入れた
 * 拠点運営の" / "推進を行います。"). A line that stops on a comma or a particle has not finished: the next line,
 * with no blank line between, carries it on, even when that next line looks like a short heading.
 */

/** Ends on a comma, a case particle or a connective: the sentence goes on in the next line. */
const UNFINISHED = /(?:[、,，]|[のをにはがとでやへも]|(?:した|する|して|による|における|に向けた|とともに|及び|並びに|又は|または|かつ))$/;

export function endsUnfinished(text: string): boolean {
  const t = text.trim();
  return t !== '' && UNFINISHED.test(t);
}
