import { describe, expect, it } from 'vitest';
import type { InitiativeSortKey } from '../../src/lib/filters/view-state';
import { createQueryRunner, filterOptions, initiativeCount, initiativeDetail, initiativeList } from '../../src/lib/queries';
import { loadFixtureDb } from '../fixtures/tables/load-fixture';
import { HOSTILE, I11, I12, I22, T11, T12, T21, T22, T22_2 } from '../fixtures/tables/ward-plans';
import { filters, useFixtureDb } from './fixture-db';

const { run, db } = useFixtureDb();
const READING = [T11, T12, T21, T22_2, I11, I12];

describe('initiative_list', () => {
  it('lists all items in reading order with the total and tag lists', async () => {
    const rows = await run(initiativeList, { filters: filters(), sort: 'ward', dir: 'asc' });
    expect(rows.map((r) => r.initiative_id)).toEqual(READING);
    expect(rows[4]).toEqual({
      initiative_id: I11, plan_id: I22, city: '横浜市', ward: '泉区', ward_code: '14117', fiscal_year: 2022,
      pillar_id: `${I22}-p1`, pillar_position: 1, pillar_title: '「とどけよう! いずみの魅力」', position: 1, sub_theme: null,
      title: '泉区の魅力発信', program_name: 'いずみ魅力発信事業', status: 'continuing',
      theme_slugs: ['chiiki', 'kankyo'], theme_labels: ['地域活動', '環境'], markers: ['コ'], total: 6
    });
  });
  it('sorts by whitelisted keys, ties in reading order', async () => {
    const ids = async (sort: InitiativeSortKey, dir: 'asc' | 'desc') =>
      (await run(initiativeList, { filters: filters(), sort, dir })).map((r) => r.initiative_id);
    // Titles by code point: ' (U+27) < 地 (U+5730) < 子 (U+5B50) < 泉 (U+6CC9) < 緑 (U+7DD1) < 防 (U+9632).
    expect(await ids('title', 'asc')).toEqual([T22_2, T11, T21, I11, I12, T12]);
    expect(await ids('title', 'desc')).toEqual([T12, I12, I11, T21, T11, T22_2]);
    expect(await ids('status', 'asc')).toEqual([T11, T21, T12, I11, T22_2, I12]);
    expect(await ids('ward', 'desc')).toEqual([I11, I12, T11, T12, T21, T22_2]);
    expect(await ids('pillar', 'desc')).toEqual([T21, T22_2, T11, T12, I11, I12]);
    expect(await ids('year', 'asc')).toEqual(READING);
  });
  it('falls back to the ward order for a sort key that is not whitelisted', async () => {
    const rows = await run(initiativeList, { filters: filters(), sort: 'title; DROP TABLE plans' as InitiativeSortKey, dir: 'asc' });
    expect(rows.map((r) => r.initiative_id)).toEqual(READING);
  });
  it('pages with limit and offset, keeping the total', async () => {
    const rows = await run(initiativeList, { filters: filters(), sort: 'ward', dir: 'asc', limit: 2, offset: 2 });
    expect(rows.map((r) => [r.initiative_id, r.total])).toEqual([[T21, 6], [T22_2, 6]]);
    expect(await run(initiativeList, { filters: filters(), sort: 'ward', dir: 'asc', limit: 2, offset: 6 })).toEqual([]);
  });
  it.each([
    ['markers 新', { markers: ['新'] }, [T11, T21]],
    ['themes chiiki OR kankyo', { themes: ['chiiki', 'kankyo'] }, [T12, T21, T22_2, I11, I12]],
    ['themes AND ward', { themes: ['chiiki', 'kankyo'], wards: ['泉区'] }, [I11, I12]],
    ['pillar', { pillars: [`${T22}-p2`] }, [T21, T22_2]],
    ['year without items', { years: [2023] }, []],
    ['statuses', { statuses: ['continuing', 'unknown'] }, [T12, T22_2, I11, I12]],
    ['q folded (ヶ → ケ)', { q: 'ヶ丘' }, [I12]],
    ['q full-width and case folded (ＤＸ → dx)', { q: 'dx' }, [I12]],
    ['q spaces removed', { q: '子育て サロン' }, [T21]],
    ['q hostile text is only text', { q: HOSTILE }, [T22_2]],
    ['q blank is no filter', { q: '   ' }, READING],
    ['wards hostile', { wards: [HOSTILE] }, []]
  ] as const)('filters: %s', async (_, patch, expected) => {
    const f = filters(patch as Parameters<typeof filters>[0]);
    const rows = await run(initiativeList, { filters: f, sort: 'ward', dir: 'asc' });
    expect(rows.map((r) => r.initiative_id)).toEqual(expected);
    expect(await run(initiativeCount, f)).toEqual([{ count: expected.length }]);
  });
  it('leaves the tables intact after hostile input', async () => {
    expect(await db().query<{ n: number }>('SELECT count(*) AS n FROM plans')).toEqual([{ n: 5 }]);
  });
});

describe('initiative_detail', () => {
  it('gives the full item, its plan and pillar, and each tag with provenance and evidence', async () => {
    expect(await run(initiativeDetail, { initiative_id: T11 })).toEqual([
      {
        initiative_id: T11, plan_id: T22, pillar_id: `${T22}-p1`, position: 1, sub_theme: null, title: '地域防災拠点の機能強化',
        program_name: null, description: '（新）（減）地域防災拠点の資機材を更新する。', status: 'new', status_basis: `basis of ${T11}`,
        recovered: false, source_lines: [10, 11], city: '横浜市', ward: '戸塚区', ward_code: '14110', fiscal_year: 2022,
        coverage: 'full', plan_title: '令和4年度戸塚区運営方針', source_url: 'https://example.jp/totsuka/2022.pdf',
        source_file: 'data/raw/totsuka-2022.txt', pillar_position: 1, pillar_title: '安心・安全なまち',
        tags: [
          { tag_id: 'theme:bousai', kind: 'theme', theme_slug: 'bousai', marker: null, label_ja: '防災・減災', label_en: 'Disaster risk reduction', provenance: 'declared', evidence: '(減)' },
          { tag_id: `${T22}:marker:新`, kind: 'marker', theme_slug: null, marker: '新', label_ja: '新規事業', label_en: null, provenance: 'declared', evidence: '(新)' },
          { tag_id: `${T22}:marker:減`, kind: 'marker', theme_slug: null, marker: '減', label_ja: '減災', label_en: null, provenance: 'declared', evidence: '(減)' }
        ]
      }
    ]);
  });
  it('finds nothing for a hostile id', async () => {
    expect(await run(initiativeDetail, { initiative_id: HOSTILE })).toEqual([]);
  });
});

describe('filter_options', () => {
  it('lists every facet value with its item count, in display order', async () => {
    const rows = await run(filterOptions, {});
    expect(rows.map((r) => [r.facet, r.value, r.count])).toEqual([
      ['ward', '横浜市|戸塚区', 4], ['ward', '横浜市|泉区', 2], ['ward', '横浜市|栄区', 0],
      ['year', '2020', 0], ['year', '2022', 6], ['year', '2023', 0],
      ['pillar', `${T22}-p1`, 2], ['pillar', `${T22}-p2`, 2], ['pillar', `${I22}-p1`, 2],
      ['theme', 'bousai', 1], ['theme', 'chiiki', 3], ['theme', 'kankyo', 3], ['theme', 'kosodate', 2],
      ['marker', 'コ', 1], ['marker', '新', 2], ['marker', '減', 1],
      ['status', 'new', 2], ['status', 'continuing', 2], ['status', 'unknown', 2]
    ]);
    expect(rows.find((r) => r.facet === 'pillar')).toEqual({
      facet: 'pillar', value: `${T22}-p1`, label: '安心・安全なまち', label_en: null, detail: '戸塚区 2022', count: 2
    });
    expect(rows.find((r) => r.value === 'kankyo')).toEqual({ facet: 'theme', value: 'kankyo', label: '環境', label_en: 'Environment', detail: null, count: 3 });
    expect(rows.find((r) => r.value === '新')?.label).toBe('新規事業');
    // One city loaded: a ward's label is its name, with no city beside it.
    expect(rows.find((r) => r.facet === 'ward')).toEqual({ facet: 'ward', value: '横浜市|戸塚区', label: '戸塚区', label_en: null, detail: null, count: 4 });
  });
  it('tells same-named wards of different cities apart, naming the city beside each', async () => {
    const other = await loadFixtureDb();
    try {
      await other.query("INSERT INTO plans SELECT * REPLACE ('名古屋市' AS city, 'n-' || plan_id AS plan_id, '23106' AS ward_code) FROM plans WHERE ward = '戸塚区'");
      const wards = (await createQueryRunner(other).run(filterOptions, {})).filter((r) => r.facet === 'ward');
      expect(wards.map((r) => [r.value, r.label, r.detail])).toContainEqual(['名古屋市|戸塚区', '戸塚区', '名古屋市']);
      expect(wards.map((r) => [r.value, r.label, r.detail])).toContainEqual(['横浜市|戸塚区', '戸塚区', '横浜市']);
    } finally {
      other.close();
    }
  });
});
