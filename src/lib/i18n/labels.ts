/**
 * Every UI string the views need, in Japanese (the default) and English.
 * Data text (ward names as published, plan text) is never translated here: see wards.ts and fiscal.ts.
 * `t(key, lang)` is typed by the keys of LABELS, so a missing or misspelled key is a type error.
 */

export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];
export const DEFAULT_LANG: Lang = 'ja';

type Entry = { ja: string; en: string };

export const LABELS = {
  // product
  'app.name': { ja: '区政レンズ', en: 'Ward Plan Lens' },
  'app.tagline': { ja: '横浜市各区の区運営方針を比較する', en: "Compare Yokohama wards' annual operating policies" },

  // navigation
  'nav.overview': { ja: '概要', en: 'Overview' },
  'nav.plan': { ja: '計画', en: 'Plan' },
  'nav.compare': { ja: '区の比較', en: 'Compare wards' },
  'nav.tags': { ja: '重点・テーマ', en: 'Focus tags' },
  'nav.years': { ja: '年度推移', en: 'Across years' },
  'nav.initiatives': { ja: '取組一覧', en: 'Initiatives' },
  'nav.import': { ja: 'プランを追加', en: 'Add a plan' },
  'nav.main': { ja: 'メインメニュー', en: 'Main menu' },
  'nav.skip': { ja: '本文へスキップ', en: 'Skip to content' },

  // language
  'lang.label': { ja: '言語', en: 'Language' },
  'lang.ja': { ja: '日本語', en: 'Japanese' },
  'lang.en': { ja: '英語', en: 'English' },

  // filters
  'filter.heading': { ja: '絞り込み', en: 'Filters' },
  'filter.ward': { ja: '区', en: 'Ward' },
  'filter.wards': { ja: '区（複数選択可）', en: 'Wards (choose any)' },
  'filter.year': { ja: '年度', en: 'Fiscal year' },
  'filter.yearFrom': { ja: '開始年度', en: 'From fiscal year' },
  'filter.yearTo': { ja: '終了年度', en: 'To fiscal year' },
  'filter.theme': { ja: 'テーマ', en: 'Theme' },
  'filter.marker': { ja: 'マーカー', en: 'Marker' },
  'filter.status': { ja: '状態', en: 'Status' },
  'filter.coverage': { ja: '収録範囲', en: 'Coverage' },
  'filter.pillar': { ja: '施策', en: 'Pillar' },
  'filter.search': { ja: 'キーワード検索', en: 'Search keywords' },
  'filter.searchPlaceholder': { ja: '例：子育て', en: 'e.g. 子育て (childcare)' },
  'filter.all': { ja: 'すべて', en: 'All' },
  'filter.clear': { ja: '条件をクリア', en: 'Clear filters' },
  'filter.apply': { ja: '適用', en: 'Apply' },
  'filter.resultCount': { ja: '件', en: 'results' },
  'filter.provenance': { ja: '判定根拠', en: 'Provenance' },
  'filter.origin': { ja: '出所', en: 'Origin' },

  // measures
  'measure.label': { ja: '表示する値', en: 'Show' },
  'measure.count': { ja: '件数', en: 'Count' },
  'measure.share': { ja: '割合', en: 'Share' },

  // status
  'status.label': { ja: '状態', en: 'Status' },
  'status.new': { ja: '新規', en: 'New' },
  'status.continuing': { ja: '継続', en: 'Continuing' },
  'status.unknown': { ja: '不明', en: 'Unknown' },
  'status.basis': { ja: '判定の根拠', en: 'Basis for the status' },
  'status.stated': { ja: '公表値', en: 'Stated figure' },
  'status.statedNote': {
    ja: '斜線の棒は、取組の解析ではなく公表された数値に基づきます。',
    en: 'Hatched bars come from published figures, not from parsed initiatives.'
  },
  'status.parsed': { ja: '取組から集計', en: 'Counted from initiatives' },

  // coverage
  'coverage.label': { ja: '収録範囲', en: 'Coverage' },
  'coverage.full': { ja: '全文', en: 'Full document' },
  'coverage.partial': { ja: '公表情報のみ', en: 'Public facts only' },
  'coverage.none': { ja: 'なし', en: 'None' },

  // provenance of themes
  'provenance.declared': { ja: '文書の表示', en: 'Declared in the document' },
  'provenance.rule': { ja: '語句ルール', en: 'Phrase rule' },
  'provenance.curated': { ja: '手動の分類', en: 'Curated' },
  'origin.shipped': { ja: '収録データ', en: 'Shipped' },
  'origin.imported': { ja: '追加したプラン', en: 'Imported' },

  // data words (column headers, axis titles)
  'field.ward': { ja: '区', en: 'Ward' },
  'field.year': { ja: '年度', en: 'Fiscal year' },
  'field.theme': { ja: 'テーマ', en: 'Theme' },
  'field.pillar': { ja: '施策', en: 'Pillar' },
  'field.initiative': { ja: '取組', en: 'Initiative' },
  'field.title': { ja: '名称', en: 'Title' },
  'field.programName': { ja: '事業名', en: 'Program name' },
  'field.description': { ja: '内容', en: 'Description' },
  'field.subTheme': { ja: '小見出し', en: 'Sub-theme' },
  'field.basicGoal': { ja: '基本目標', en: 'Basic goal' },
  'field.source': { ja: '出典', en: 'Source' },
  'field.count': { ja: '件数', en: 'Count' },
  'field.share': { ja: '割合', en: 'Share' },
  'field.total': { ja: '合計', en: 'Total' },
  'field.value': { ja: '値', en: 'Value' },
  'field.from': { ja: '前年度', en: 'From' },
  'field.to': { ja: '翌年度', en: 'To' },
  'field.pair': { ja: 'テーマの組', en: 'Theme pair' },
  'field.published': { ja: '公表日', en: 'Published' },
  'field.lines': { ja: '原文の行', en: 'Source lines' },

  // chart card and charts
  'chart.showTable': { ja: '表で見る', en: 'Show as table' },
  'chart.showChart': { ja: 'グラフで見る', en: 'Show as chart' },
  'chart.legend': { ja: '凡例', en: 'Legend' },
  'chart.selected': { ja: '選択中', en: 'Selected' },
  'chart.keyboardHint': {
    ja: '矢印キーで移動、Enter または Space で選択できます。',
    en: 'Use the arrow keys to move and Enter or Space to select.'
  },
  'chart.more': { ja: 'ほか', en: 'more' },
  'chart.sankeyLink': { ja: '流れ', en: 'Flow' },

  // export
  'export.heading': { ja: 'ダウンロード', en: 'Download' },
  'export.csv': { ja: 'CSV', en: 'CSV' },
  'export.xlsx': { ja: 'Excel', en: 'Excel' },
  'export.parquet': { ja: 'Parquet', en: 'Parquet' },
  'export.json': { ja: 'JSON', en: 'JSON' },
  'export.svg': { ja: 'SVG画像', en: 'SVG image' },
  'export.png': { ja: 'PNG画像', en: 'PNG image' },
  'export.rowsOnScreen': { ja: '表示中の行のみを書き出します', en: 'Exports the rows on screen only' },
  'export.failed': { ja: '書き出しに失敗しました', en: 'Export failed' },
  'export.preparing': { ja: '準備中…', en: 'Preparing…' },

  // states
  'state.loading': { ja: '読み込み中…', en: 'Loading…' },
  'state.empty': { ja: '該当するデータがありません', en: 'No matching data' },
  'state.error': { ja: 'エラーが発生しました', en: 'Something went wrong' },
  'state.retry': { ja: '再試行', en: 'Retry' },
  'state.noJs': {
    ja: 'この画面の表示には JavaScript が必要です。',
    en: 'This page needs JavaScript.'
  },

  // import
  'import.heading': { ja: 'プランを追加', en: 'Add a plan' },
  'import.choose': { ja: 'ファイルを選択', en: 'Choose a file' },
  'import.accepted': { ja: '対応形式：テキスト、HTML、PDF', en: 'Accepted: text, HTML, PDF' },
  'import.local': {
    ja: 'ファイルはこの端末内で処理され、送信されません。',
    en: 'Files are processed on this device and never uploaded.'
  },
  'import.warnings': { ja: '注意', en: 'Warnings' },
  'import.remove': { ja: '削除', en: 'Remove' },
  'import.unthemed': { ja: 'テーマ未分類', en: 'Unthemed' }
} as const satisfies Record<string, Entry>;

export type LabelKey = keyof typeof LABELS;

/** The label for `key` in `lang` (Japanese when lang is missing or unknown). */
export function t(key: LabelKey, lang: Lang = DEFAULT_LANG): string {
  const entry: Entry = LABELS[key];
  return lang === 'en' ? entry.en : entry.ja;
}

/** Narrow any string (URL param, storage) to a Lang. */
export function toLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : 'ja';
}
