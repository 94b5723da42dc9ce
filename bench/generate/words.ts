/** Word lists for clearly synthetic (but realistic-reading) Japanese plan text. Nothing here is a real plan. */

export const THEME_WORDS: Record<string, string[]> = {
  bousai: ['地域防災拠点', '避難所運営', '要援護者支援', '防災訓練', '風水害対策', '備蓄品の点検', '感震ブレーカー'],
  kosodate: ['子育て支援', '保育所', '児童虐待防止', '青少年の育成', '学習支援', '乳幼児健診', '子育てサロン'],
  'koreisha-fukushi': ['地域包括ケア', '見守り活動', '高齢者の居場所', '障害者の就労支援', '生活困窮者支援', '地域福祉保健計画'],
  'chiiki-kyodo': ['自治会町内会', '地域活動団体', '協働による課題解決', '担い手の育成', '地区センター', '地域の交流'],
  'miryoku-bunka': ['区の魅力発信', 'シティプロモーション', '伝統文化の継承', '花と緑のまちづくり', '地域ゆかりの芸術'],
  keizai: ['商店街の賑わい', '地元企業の支援', '農のある暮らし', '地産地消', '創業支援'],
  datsutanso: ['脱炭素化の啓発', '省エネルギー', 'ごみの減量化', '食品ロス削減', '再生可能エネルギー'],
  digital: ['行政手続のオンライン化', 'デジタル活用', '公式SNS', 'オープンデータ', 'キャッシュレス決済'],
  kenko: ['健康づくり', 'フレイル予防', '感染症対策', '食育の推進', 'がん検診の受診率向上'],
  'bouhan-kotsu': ['交通安全教室', '防犯パトロール', '特殊詐欺被害の防止', '通学路の安全確保', '自転車の安全利用'],
  kuyakusho: ['区役所窓口サービス', '職員の人材育成', '区民の声の反映', '広報の充実', '庁舎の利便性向上'],
  'toshi-kiban': ['道路の維持管理', '公園の再整備', '河川の改修', 'バス路線の利便性', '駅周辺のまちづくり'],
  tabunka: ['外国人住民への情報提供', '多言語対応', '日本語教室', '国際交流ラウンジ', 'やさしい日本語']
};

export const ACTORS = ['地域の皆様', '関係団体', '区内の事業者', '学校や保育施設', 'NPO法人', '地区社会福祉協議会', '民生委員・児童委員', '地域ケアプラザ', '大学', '区民ボランティア'];
export const PURPOSES = [
  '誰もが安心して暮らせるまちを目指し',
  '地域の課題を身近なところで解決するため',
  '幅広い世代が参加できるよう',
  '区民一人ひとりの暮らしを支えるため',
  '将来にわたって活動を継続していくため',
  '必要な方に必要な情報が届くよう',
  '災害に強いまちづくりを進めるため'
];
export const VERBS = ['を推進します', 'に取り組みます', 'を支援します', 'を実施します', 'を充実させます', 'を展開します', 'を進めます', 'の周知を図ります'];
export const CONNECTORS = ['また、', 'さらに、', 'あわせて、', '加えて、', ''];
export const MEANS = ['講座やセミナーの開催', '啓発イベントの実施', '情報誌や動画による発信', '相談窓口の運営', 'ワークショップの開催', '意見交換会の実施', 'パネル展の開催', 'アンケート調査'];

export const TITLE_HEADS = ['地域で支え合う', 'みんなでつくる', '安全・安心な', '未来につなぐ', '魅力あふれる', '誰もが参加できる', '身近な', '持続可能な', 'つながりを育む'];
export const TITLE_TAILS = ['の推進', 'の充実', 'の強化', 'への支援', 'の取組', 'の展開', 'づくり'];
export const PROGRAM_TAILS = ['推進事業', '支援事業', '啓発事業', '活性化事業', 'プロジェクト', '運営事業'];

export const PILLAR_TITLES = [
  '安心して暮らせるまちをつくります',
  '子どもたちの笑顔を育みます',
  '地域の力を高めます',
  '区の魅力を発信します',
  '健やかに暮らせるまちを目指します',
  '災害に強いまちをつくります',
  '環境にやさしいまちを進めます',
  '区民に信頼される区役所をつくります'
];

/** Synthetic markers: code, legend label, theme slug or null (new/重点 markers have no theme). */
export const MARKERS: Array<{ code: string; label: string; en: string; slug: string | null }> = [
  { code: '新', label: '新規事業を含む取組', en: 'New', slug: null },
  { code: 'デ', label: 'デジタル', en: 'Digital', slug: 'digital' },
  { code: '減', label: '防災・減災', en: 'Disaster prevention and mitigation', slug: 'bousai' },
  { code: '脱', label: '脱炭素', en: 'Decarbonisation', slug: 'datsutanso' },
  { code: '重', label: '重点事業', en: 'Focus', slug: null },
  { code: '子', label: '子育て', en: 'Children', slug: 'kosodate' }
];

export const SECTION_TITLES = ['区政運営の基本姿勢', '職員の行動指針', '組織の概要', '各課の取組', 'コラム'];
export const MENTION_MARKERS = ['新規', '拡充', '重点', null];

/** Queries the benchmark searches for: frequent, medium and rare substrings of the descriptions. */
export const SEARCH_QUERIES = ['子育て', '見守り活動', '特殊詐欺被害', '国際交流ラウンジ'];

/** Kanji for made-up place names (合成: no real place is meant); they keep the text from compressing unrealistically well. */
export const PLACE_KANJI = [...'青赤白黒金銀東西南北上下中本新古若松竹梅桜菊藤柳杉森林川沢池浜岡山谷坂原野田畑村里宮寺崎島浦橋台丘平川端泉清水石岩星月日光明朝夕春夏秋冬緑花鳥風雲雪霞園城門堀宿市場港関根塚吉福富栄幸和豊長高大小万千百'];
