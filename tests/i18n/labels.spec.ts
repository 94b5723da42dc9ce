import { describe, expect, it } from 'vitest';
import { LABELS, t, toLang, type LabelKey } from '../../src/lib/i18n/labels';
import { wardCode, wardLabel, wardNameEn, wardNameEnByCode, WARD_ORDER } from '../../src/lib/i18n/wards';

describe('t', () => {
  const cases: { key: LabelKey; ja: string; en: string }[] = [
    { key: 'nav.overview', ja: '概要', en: 'Overview' },
    { key: 'nav.plan', ja: '計画', en: 'Plan' },
    { key: 'nav.compare', ja: '区の比較', en: 'Compare wards' },
    { key: 'nav.tags', ja: '重点・テーマ', en: 'Focus tags' },
    { key: 'nav.years', ja: '年度推移', en: 'Across years' },
    { key: 'nav.initiatives', ja: '取組一覧', en: 'Initiatives' },
    { key: 'nav.import', ja: 'プランを追加', en: 'Add a plan' },
    { key: 'status.new', ja: '新規', en: 'New' },
    { key: 'status.continuing', ja: '継続', en: 'Continuing' },
    { key: 'status.unknown', ja: '不明', en: 'Unknown' },
    { key: 'coverage.full', ja: '全文', en: 'Full document' },
    { key: 'coverage.partial', ja: '公表情報のみ', en: 'Public facts only' },
    { key: 'coverage.none', ja: 'なし', en: 'None' },
    { key: 'state.loading', ja: '読み込み中…', en: 'Loading…' },
    { key: 'state.empty', ja: '該当するデータがありません', en: 'No matching data' },
    { key: 'chart.showTable', ja: '表で見る', en: 'Show as table' },
    { key: 'chart.showChart', ja: 'グラフで見る', en: 'Show as chart' },
    { key: 'lang.label', ja: '言語', en: 'Language' },
    { key: 'status.stated', ja: '公表値', en: 'Stated figure' }
  ];
  it.each(cases)('$key', ({ key, ja, en }) => {
    expect(t(key, 'ja')).toBe(ja);
    expect(t(key, 'en')).toBe(en);
  });

  it('defaults to Japanese', () => {
    expect(t('nav.overview')).toBe('概要');
  });

  it('has a non-empty ja and en text for every key', () => {
    for (const [key, entry] of Object.entries(LABELS)) {
      expect(entry.ja.trim(), key).not.toBe('');
      expect(entry.en.trim(), key).not.toBe('');
    }
  });

  it.each([
    { value: 'en', expected: 'en' },
    { value: 'ja', expected: 'ja' },
    { value: 'fr', expected: 'ja' },
    { value: null, expected: 'ja' }
  ])('toLang($value) → $expected', ({ value, expected }) => {
    expect(toLang(value)).toBe(expected);
  });
});

describe('ward names', () => {
  it.each([
    { ja: '戸塚区', en: 'Totsuka' },
    { ja: '泉区', en: 'Izumi' },
    { ja: '保土ケ谷区', en: 'Hodogaya' },
    { ja: '保土ヶ谷区', en: 'Hodogaya' },
    { ja: '戸塚', en: 'Totsuka' },
    { ja: '港北区', en: 'Kohoku' },
    { ja: '千代田区', en: null }
  ])('$ja → $en', ({ ja, en }) => {
    expect(wardNameEn(ja)).toBe(en);
  });

  it('labels by language and keeps unknown names as published', () => {
    expect(wardLabel('戸塚区', 'en')).toBe('Totsuka');
    expect(wardLabel('戸塚区', 'ja')).toBe('戸塚区');
    expect(wardLabel('千代田区', 'en')).toBe('千代田区');
  });

  it('knows codes', () => {
    expect(wardCode('戸塚区')).toBe('14110');
    expect(wardNameEnByCode('14101')).toBe('Tsurumi');
    expect(WARD_ORDER).toHaveLength(18);
    expect(WARD_ORDER[0]).toBe('鶴見区');
  });
});
