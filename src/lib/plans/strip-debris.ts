/**
 * Extraction debris and page furniture: what a PDF extraction or a web page adds that is not plan content.
 */

const EMPHASIS_TAG = /<\/?(?:u|b|i|em|strong|mark|span|font|sup|sub)(?:\s[^<>]{0,200})?>/gi;
/** Japanese script: between two of these a space is no word break. */
const JA = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆「」『』（）、。]';
/** A space the extraction put at an emphasis tag between Japanese characters (`<u>区民の皆様の</u> 信頼に`). */
const SPACE_AT_TAG = new RegExp(`(?<=${JA}(?:${EMPHASIS_TAG.source})*)[ \\t\\u3000]+(?=(?:${EMPHASIS_TAG.source})*${JA})`, 'giu');

/**
 * Emphasis marks left by extraction (`<u>…</u>`, `*…*`, `**…**`, stray inline tags): strip, keep the words.
 * The extraction also splits an emphasised run with a space (泉区 2022: `丁寧な行</u> <u>政サービス`): a space
 * between two tags, Japanese on both sides, goes with them.
 */
export function stripEmphasis(line: string): string {
  return dropSpacesAtTags(line)
    .replace(EMPHASIS_TAG, '')
    .replace(/\*+/g, '')
    .replace(/[ \t\u00A0\u3000]+$/g, '')
    .replace(/^[ \t\u00A0\u3000]+/g, '');
}

function dropSpacesAtTags(line: string): string {
  if (!/<\/?[a-z]/i.test(line)) return line;
  // Only spaces between two tags: "こころ豊かに つながる笑顔" and "基本目標 <u>…</u>" keep theirs.
  return line.replace(SPACE_AT_TAG, (space, at: number) => (touchesTag(line, at, space.length) ? '' : space));
}

/**
 * Between a closing and an opening tag (`行</u> <u>政`): the extraction split one run of text in two. A
 * space after a closing tag alone can be printed (`<u>こころ豊かに</u> つながる笑顔`) and stays.
 */
function touchesTag(line: string, at: number, length: number): boolean {
  return /<\/[a-z]+>$/i.test(line.slice(Math.max(0, at - 12), at)) && /^<[a-z]/i.test(line.slice(at + length));
}

/** An image caption on its own line: <…>, ＜…＞, or with the opening bracket lost (`…(…)>`). */
export function isCaption(cleaned: string): boolean {
  const t = cleaned.trim();
  if (!/[>＞]$/.test(t)) return false;
  if (/^[<＜]/.test(t)) return true;
  return !/[<＜]/.test(t); // closing bracket only: the opening one was lost
}

/** Lines of page furniture that are never plan content. */
const FURNITURE: RegExp[] = [
  /^このページの先頭です/,
  /^(?:ページの)?先頭に戻る/,
  /^前のページに戻る/,
  // A rule drawn with characters between a newsletter's boxes: "---", "―――", "＊＊＊".
  /^[-―—‐ー=＝*＊_~〜]{3,}$/,
  /^ページID/,
  // The publisher's address and imprint at a page's foot.
  /^〒\s*[0-9０-９]{3}\s*[-‐－ー]?\s*[0-9０-９]{4}/,
  /^(?:編集・発行|編集発行|発行)\s*[：:]/,
  /^横浜市[^\s]{1,4}区役所$/,
  /^最終更新日/,
  /PDF形式のファイルを開くには/,
  /^PDF(?:ファイル)?を(?:ご覧|閲覧|表示)(?:いただく|する)には/,
  /^お持ちでない方は、?Adobe/,
  /Adobe Acrobat Reader/,
  // Older pages' wording: "PDFファイルの閲覧には Adobe Reader が必要です。", "PDF形式のファイルをご覧いただく場合には、Adobe社が提供する…".
  /^PDF(?:形式の)?(?:ファイル)?(?:の閲覧|をご覧いただく(?:場合|ため)?)には.{0,40}Adobe.{0,60}(?:必要です|ダウンロード)/,
  /^.{0,40}Adobe\s*(?:Acrobat\s*)?Reader.{0,30}(?:必要です|ダウンロード)/,
  /^(?:Get\s*)?Adobe\s*(?:Acrobat\s*)?Reader(?:\s*DC)?\s*の?ダウンロード(?:へ|はこちら|ページへ)?$/,
  /^(?:電話|ファクス|FAX|ファックス|メールアドレス|E-?mail|メール)\s*[:：]/i,
  // "港南区役所区政推進課企画調整係 電話:045-847-8327": an office's name and its number, a page's foot.
  // (a department's heading with its number, "総務課 電話:045-…", is no furniture: FAX or the office's full name makes it so)
  /^[^。、\s]{2,40}(?:課|係|担当|事務所|区役所|センター)\s*(?:電話|TEL|℡)\s*[:：]?\s*[0-9０-９][^。]*(?:FAX|ファクス|ファックス)/i,
  /^[^。、\s]{0,10}区役所[^。、\s]{1,30}(?:課|係|担当)\s*(?:電話|TEL|℡)\s*[:：]?\s*[0-9０-９]/i,
  // 「問合せ 総務課 電話 334-6203 FAX 333-6309」: a newsletter box's contact line, numbers included.
  /^[【\[]?(?:お?問(?:い)?合(?:わ)?せ(?:先)?|問)[】\]]?[\s:：].{0,60}(?:電話|TEL|FAX|℡)\s*[:：]?\s*[0-9０-９]/i,
  /^※\s*詳細は.{0,20}(?:ご覧ください|参照)/,
  // Pointers to the web (a newsletter's last lines): 詳しくは区ホームページをご覧ください, 二次元コード, 全文は….
  /^※?\s*(?:詳しくは|詳細は|くわしくは).{0,30}(?:ホームページ|HP|ウェブサイト|サイト|二次元コード|QRコード).{0,20}$/i,
  /^(?:二次元コード|QRコード)(?:はこちら|から.{0,20})?$/i,
  /^.{0,20}運営方針の(?:全文|詳細|本文)は.{0,40}(?:ホームページ|HP|サイト|ウェブページ|webページ|Webページ).{0,20}$/i,
  /^https?:\/\/\S+$/i, // a bare address printed under such a pointer
  /^本文ここから|^本文ここまで|^ここから本文|^サイトメニュー|^ナビゲーション|^パンくず/,
  // A web copy's share button and links to the plan's own PDF: この記事をシェアする, PDF版, 運営方針(PDF版).
  /^この(?:記事|ページ)を(?:シェア|共有)する$/,
  /^[^。]{0,20}[(（]?PDF版[)）]?$/,
  /[→⇒]$/, // link prompts (ロゴマークのご利用はこちらから →)
  // A download link to the plan's own files: "令和5年度中区運営方針（PDF：987KB）", "概要版 [PDF形式, 1.2MB]"
  // (an item that offers a file, "・防災マップの配布（PDF：2.1MB）", is content).
  /^(?![・◆●■○◇◎★☆])[^。]{0,80}(?:運営方針|概要版|本編|全文|資料)[^。]{0,20}[(（［\[]\s*(?:PDF|Word|Excel|エクセル|ワード)[^)）\]］]{0,12}?[0-9.,]+\s*(?:KB|MB|キロバイト|メガバイト)\s*[)）\]］]$/i
];

export function isFurniture(cleaned: string): boolean {
  // "◆問合せ 区政推進課 電話 …": a contact line behind the page's item glyph is furniture all the same.
  const t = cleaned.trim();
  const unglyphed = t.replace(/^[◆■●○◇□▽]\s*(?=お?問)/, '');
  return FURNITURE.some((re) => re.test(t) || (unglyphed !== t && re.test(unglyphed)));
}

const CONTACT_LABEL = /^[【\[]?お?問(?:い)?合(?:わ)?せ(?:先)?(?:[】\]]|[\s:：]|$)/;
const CONTACT_NUMBER = /(?:電話|TEL|FAX|ファクス|℡|内線)\s*[:：]?\s*[0-9０-９]/i;

/**
 * A contact label printed inside the plan ("問合せ 総務課危機管理・地域防災担当"), not a page's footer: its
 * block is the contact lines under it (department, telephone, mail), and the plan goes on after them.
 */
export function startsContactBlock(cleaned: string): boolean {
  const t = cleaned.trim().replace(/^[◆■●○◇□▽]\s*(?=お?問)/, '');
  // (a contact line that holds its numbers is one line of furniture, isFurniture, not a block's start)
  return !/^このページへのお問(?:い)?合(?:わ)?せ/.test(t) && [...t].length <= 40 && CONTACT_LABEL.test(t) && !CONTACT_NUMBER.test(t);
}

/** A line of a contact block: a department or office, a number, an address, opening hours. */
export function isContactLine(cleaned: string): boolean {
  const t = cleaned.trim();
  if ([...t].length > 60 || t.includes('。')) return false;
  const n = t.normalize('NFKC');
  // A number, an address or a mail; or an office's name alone (総務課危機管理担当, 青葉土木事務所), with no
  // particle in it ("区役所での子育て相談", "…区役所づくり" are plan text).
  if (/(?:電話|TEL|FAX|ファクス|ファックス|℡|内線)\s*[:：]?\s*[0-9]|メール(?:アドレス)?\s*[:：]|@|〒|[0-9]{2,4}\s*[-‐－]\s*[0-9]{2,4}/i.test(n)) return true;
  return [...n].length <= 25 && !/[をにがでへとや]/.test(n) && /(?:課|係|担当|室|事務所|区役所|センター|支所)$/.test(n);
}

/** Start of a contact block: everything after it until the next part heading is furniture. */
export function startsFurnitureBlock(cleaned: string): boolean {
  const t = cleaned.trim();
  // 「問合せ 西区区政推進課…」 closes a newsletter page the way 「お問合せ先」 closes a web page.
  return /^このページへのお問(?:い)?合(?:わ)?せ/.test(t) || startsContactBlock(t) || NAVIGATION_LABEL.test(t);
}

/**
 * A page's navigation after its content: links to the previous or next article, related pages, past
 * plans ("関連ページ" / "平成27年度 戸塚区運営方針"): never plan content, and a dated link is no title.
 */
export const isNavigationLabel = (cleaned: string): boolean => NAVIGATION_LABEL.test(cleaned.trim());
const NAVIGATION_LABEL = /^(?:前の記事|次の記事|関連(?:ページ|リンク|情報|記事)|このページの関連(?:情報|ページ)|(?:過去|これまで)の(?:区)?運営方針(?:一覧)?)$/;

/** Mascot names and similar picture labels that PDF extraction leaves as short lines. */
export function isPictureLabel(cleaned: string): boolean {
  // An image's alt text on a web copy: "パパママと子のイラスト", "体操するイラスト".
  // A bullet or glyph heading, a program name in 【】 or a marker code makes it an item that names a
  // picture ("・地域の写真で綴る「今昔写真展」の開催", "◆区マスコットキャラクターを活用した魅力発信【…事業】").
  const t = cleaned.trim();
  if (/^[・◆●■○◇◎★☆\-•]/.test(t) || /【[^】]*(?:事業|取組)】|[(（](?:新|新規|拡充|重点)[)）]/.test(t)) return false;
  return (
    !cleaned.includes('。') && [...cleaned].length <= 40 &&
    (/マスコット|キャラクター|写真|イメージ図/.test(cleaned) || /(?:イラスト|挿絵|の画像)$/.test(t))
  );
}

/**
 * A photo's title printed as a line of its own: "地域防災拠点訓練の様子", "【講座の様子】": an event or
 * activity "の様子", never behind a bullet or glyph ("・地域で見守る高齢者の様子" is an item, "昔と今のまちの様子"
 * can head a list).
 */
export function isPhotoTitle(cleaned: string): boolean {
  const t = cleaned.trim();
  if (/^[・◆●■○◇◎★☆\-•]/.test(t)) return false;
  return /^[【<＜〈(（\[［]?[^【】<>＜＞〈〉。、\[\]［］]{0,28}(?:訓練|講座|教室|イベント|まつり|祭り?|会|活動|式|大会|フェスタ|フェア|体験|ワークショップ|清掃|パトロール|キャンペーン|授業|見学|交流|作業|展|ツアー|サロン|センター|広場)(?:で|での)?[^【】<>。、]{0,10}の様子[】>＞〉)）\]］]?$/.test(t);
}

/** A page number printed by a PDF: `- 2 -`, `－２－`, `P.3`, `2/10`. A bare `3` is decided in page-furniture.ts. */
export function isPageNumber(cleaned: string): boolean {
  const t = cleaned.normalize('NFKC').trim();
  return (
    /^[-‐―—−ー~]\s*[0-9]{1,3}\s*[-‐―—−ー~]$/.test(t) ||
    /^(?:P|p|ページ)\s*\.?\s*[0-9]{1,3}$/.test(t) ||
    /^[0-9]{1,3}\s*\/\s*[0-9]{1,3}$/.test(t)
  );
}
