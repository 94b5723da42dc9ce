import { describe, expect, it } from 'vitest';
import { initiativesForMark, markerCountsByWard, themeCooccurrence, themeCountsByWard } from '../../src/lib/queries';
import { HOSTILE, I11, T11, T21, T22, T22_2 } from '../fixtures/tables/ward-plans';
import { filters, useFixtureDb } from './fixture-db';

const { run } = useFixtureDb();

const TOTSUKA = { city: '横浜市', ward: '戸塚区', ward_code: '14110' };
const IZUMI = { city: '横浜市', ward: '泉区', ward_code: '14117' };

describe('theme_counts_by_ward', () => {
  it('gives every ward with items × every theme, zeros included (栄区 has no items)', async () => {
    const rows = await run(themeCountsByWard, filters());
    expect(rows.map((r) => [r.ward, r.theme_slug, r.count, r.ward_total, r.share])).toEqual([
      ['戸塚区', 'bousai', 1, 4, 0.25], ['戸塚区', 'chiiki', 2, 4, 0.5], ['戸塚区', 'kankyo', 1, 4, 0.25], ['戸塚区', 'kosodate', 2, 4, 0.5],
      ['泉区', 'bousai', 0, 2, 0], ['泉区', 'chiiki', 1, 2, 0.5], ['泉区', 'kankyo', 2, 2, 1], ['泉区', 'kosodate', 0, 2, 0]
    ]);
    expect(rows[0]).toEqual({ ...TOTSUKA, theme_slug: 'bousai', label_ja: '防災・減災', label_en: 'Disaster risk reduction', count: 1, ward_total: 4, share: 0.25 });
  });
  it('applies the filters: new items only are T11 and T21, both 戸塚区', async () => {
    const rows = await run(themeCountsByWard, filters({ statuses: ['new'] }));
    expect(rows.map((r) => [r.ward, r.theme_slug, r.count, r.ward_total])).toEqual([
      ['戸塚区', 'bousai', 1, 2], ['戸塚区', 'chiiki', 1, 2], ['戸塚区', 'kankyo', 0, 2], ['戸塚区', 'kosodate', 1, 2]
    ]);
  });
  it('keeps only the chosen themes as columns', async () => {
    const rows = await run(themeCountsByWard, filters({ themes: ['kankyo'] }));
    expect(rows.map((r) => [r.ward, r.theme_slug, r.count, r.ward_total, r.share])).toEqual([
      ['戸塚区', 'kankyo', 1, 1, 1], ['泉区', 'kankyo', 2, 2, 1]
    ]);
  });
});

describe('marker_counts_by_ward', () => {
  it('counts declared markers per ward with legend labels', async () => {
    expect(await run(markerCountsByWard, filters())).toEqual([
      { ...TOTSUKA, marker: '新', label_ja: '新規事業', label_en: null, count: 2, ward_total: 4, share: 0.5 },
      { ...TOTSUKA, marker: '減', label_ja: '減災', label_en: null, count: 1, ward_total: 4, share: 0.25 },
      { ...IZUMI, marker: 'コ', label_ja: 'コロナ対策', label_en: null, count: 1, ward_total: 2, share: 0.5 }
    ]);
  });
  it('applies the filters (pillar 2 of 戸塚区: only T21 carries 新)', async () => {
    expect((await run(markerCountsByWard, filters({ pillars: [`${T22}-p2`] }))).map((r) => [r.ward, r.marker, r.count, r.ward_total])).toEqual([
      ['戸塚区', '新', 1, 2]
    ]);
  });
});

describe('theme_cooccurrence', () => {
  it('counts theme pairs on the same initiative, each pair once', async () => {
    // T21 chiiki+kosodate, T22_2 kankyo+kosodate, I11 chiiki+kankyo.
    expect(await run(themeCooccurrence, filters())).toEqual([
      { theme_a: 'chiiki', theme_b: 'kankyo', label_a: '地域活動', label_b: '環境', count: 1 },
      { theme_a: 'chiiki', theme_b: 'kosodate', label_a: '地域活動', label_b: '子育て', count: 1 },
      { theme_a: 'kankyo', theme_b: 'kosodate', label_a: '環境', label_b: '子育て', count: 1 }
    ]);
  });
  it('applies the ward filter', async () => {
    expect((await run(themeCooccurrence, filters({ wards: ['戸塚区'] }))).map((r) => [r.theme_a, r.theme_b])).toEqual([
      ['chiiki', 'kosodate'], ['kankyo', 'kosodate']
    ]);
  });
});

describe('initiatives_for_mark', () => {
  it('returns the items behind a ward × theme cell', async () => {
    const rows = await run(initiativesForMark, { filters: filters(), ward: '戸塚区', theme: 'kosodate' });
    expect(rows.map((r) => [r.initiative_id, r.total])).toEqual([[T21, 2], [T22_2, 2]]);
  });
  it('returns the items behind a ward × marker cell, within the filters', async () => {
    expect((await run(initiativesForMark, { filters: filters(), ward: '戸塚区', marker: '新' })).map((r) => r.initiative_id)).toEqual([T11, T21]);
    expect((await run(initiativesForMark, { filters: filters({ pillars: [`${T22}-p1`] }), ward: '戸塚区', marker: '新' })).map((r) => r.initiative_id)).toEqual([T11]);
    expect((await run(initiativesForMark, { filters: filters(), ward: '泉区', marker: 'コ' })).map((r) => r.initiative_id)).toEqual([I11]);
  });
  it('binds the ward (a hostile ward matches nothing) and needs exactly one of theme/marker', async () => {
    expect(await run(initiativesForMark, { filters: filters(), ward: HOSTILE, theme: 'kosodate' })).toEqual([]);
    await expect(run(initiativesForMark, { filters: filters(), ward: '戸塚区', theme: 'kosodate', marker: '新' })).rejects.toThrow(TypeError);
    await expect(run(initiativesForMark, { filters: filters(), ward: '戸塚区' })).rejects.toThrow(TypeError);
  });
});
