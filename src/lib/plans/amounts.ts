/**
 * A yen amount as plan documents print it (100万円, 1,526万円, 1億2,300万円, 738千円): one pattern for the
 * readers that keep amounts out of names and titles.
 */
export const YEN = '[0-9０-９][0-9０-９,，.．]*\\s*(?:億[0-9０-９,，.．]*\\s*)?(?:万|千)?\\s*円';

/** An amount in brackets closing a title: "金沢の未来を創る! <648万円>", "…検討事業 （100万円）". */
export const BRACKETED_YEN_END = new RegExp(`\\s*[<＜〈(（]\\s*${YEN}\\s*[>＞〉)）]$`);
