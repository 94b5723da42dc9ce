import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/lib/filters/filters';
import { MAX_Q_LENGTH, PARAM_ORDER, decodeState, encodeState } from '../../src/lib/filters/url-state';
import {
  INITIATIVE_SORT_KEYS, LANGS, MAX_COMPARE_PLANS, MEASURES, SORT_DIRECTIONS, defaultViewState, type ViewState
} from '../../src/lib/filters/view-state';

const unique = <T>(a: fc.Arbitrary<T>, maxLength: number) => fc.uniqueArray(a, { maxLength });
const idChars = fc.constantFrom(...'abcz09AZ._-');
const id = fc.tuple(fc.constantFrom('1', 'a', 'T'), fc.string({ unit: idChars, maxLength: 30 })).map(([h, t]) => h + t);
const slug = fc.tuple(fc.constantFrom('a', 'k', '0'), fc.string({ unit: fc.constantFrom(...'abkz09-'), maxLength: 20 })).map(([h, t]) => h + t);
const wardName = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= 40 && !s.includes('|'));
/** A ward in any city, or one city's ward (`city|ward`). */
const wardValue = fc.oneof(wardName, fc.tuple(wardName, wardName).map(([city, ward]) => `${city}|${ward}`));
const markerCode = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }).filter((s) => s.length <= 10 && !/\s/.test(s));
const q = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.trim()).filter((s) => s.length <= MAX_Q_LENGTH);

/** Valid states, generated from the rules, not from the decoder. */
const validState: fc.Arbitrary<ViewState> = fc.record({
  wards: unique(wardValue, 4),
  years: unique(fc.integer({ min: 1900, max: 2100 }), 4),
  pillars: unique(id, 4),
  themes: unique(slug, 4),
  markers: unique(markerCode, 4),
  statuses: fc.shuffledSubarray([...STATUSES]),
  q,
  plan: fc.option(id, { nil: null }),
  plans: unique(id, MAX_COMPARE_PLANS),
  open: fc.option(id, { nil: null }),
  measure: fc.constantFrom(...MEASURES),
  sort: fc.constantFrom(...INITIATIVE_SORT_KEYS),
  dir: fc.constantFrom(...SORT_DIRECTIONS),
  lang: fc.constantFrom(...LANGS),
  page: fc.integer({ min: 1, max: 100_000 })
});

/** Checks a state against the contract independently of the decoder's own code. */
function expectValid(s: ViewState): void {
  expect(Object.keys(s).sort()).toEqual(Object.keys(defaultViewState()).sort());
  for (const key of ['wards', 'pillars', 'themes', 'markers', 'plans', 'statuses'] as const) {
    expect(s[key].every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
    expect(new Set(s[key]).size).toBe(s[key].length);
  }
  expect(s.years.every((y) => Number.isInteger(y) && y >= 1900 && y <= 2100)).toBe(true);
  expect(s.statuses.every((v) => (STATUSES as readonly string[]).includes(v))).toBe(true);
  expect(s.plans.length).toBeLessThanOrEqual(MAX_COMPARE_PLANS);
  expect(s.q).toBe(s.q.trim());
  // Ids: no white space, control characters or markup (Japanese city and ward names are fine).
  for (const key of ['plan', 'open'] as const) expect(s[key] === null || /^[^\s\p{C}<>"'&;=?#%/\\]+$/u.test(s[key])).toBe(true);
  expect(MEASURES).toContain(s.measure);
  expect(INITIATIVE_SORT_KEYS).toContain(s.sort);
  expect(SORT_DIRECTIONS).toContain(s.dir);
  expect(LANGS).toContain(s.lang);
  expect(Number.isInteger(s.page) && s.page >= 1).toBe(true);
}

const anyKey = fc.oneof(fc.constantFrom(...PARAM_ORDER, 'wards', 'Year', 'utm_source', ''), fc.string({ maxLength: 6 }));
const anyValue = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('2022', '0', '-1', 'new', 'share', 'desc', 'en', '14110-2022-doc', '戸塚区', ' ', '%E0%A4%A'));

describe('decodeState / encodeState properties', () => {
  it('decodes any parameter list to a valid state', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyKey, anyValue), { maxLength: 25 }), (pairs) => {
        const { state, notices } = decodeState(new URLSearchParams(pairs));
        expectValid(state);
        expect(notices.every((n) => typeof n === 'string' && n.includes('パラメータ'))).toBe(true);
      })
    );
  });
  it('decodes any raw query string without throwing', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (raw) => expectValid(decodeState(raw).state)));
  });
  it('round-trips every valid state with no notices', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const decoded = decodeState(encodeState(state));
        expect(decoded.notices).toEqual([]);
        expect(decoded.state).toEqual(state);
      })
    );
  });
  it('canonicalises: decode ∘ encode ∘ decode is decode', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyKey, anyValue), { maxLength: 15 }), (pairs) => {
        const once = decodeState(new URLSearchParams(pairs)).state;
        expect(decodeState(encodeState(once))).toEqual({ state: once, notices: [] });
      })
    );
  });
});

describe('encodeState', () => {
  it('writes nothing for the default state', () => {
    expect(encodeState(defaultViewState())).toBe('');
  });
  it('writes lists as repeated params in a fixed order, non-defaults only', () => {
    const state: ViewState = {
      ...defaultViewState(), lang: 'en', q: '子育て 支援', statuses: ['new'], years: [2022, 2021], wards: ['戸塚区', '泉区'],
      plans: ['14110-2022-doc', '14117-2022-doc'], measure: 'share', page: 3, dir: 'desc', open: '14110-2022-doc-p1-2', plan: '14117-2022-doc'
    };
    expect(encodeState(state)).toBe(
      'ward=%E6%88%B8%E5%A1%9A%E5%8C%BA&ward=%E6%B3%89%E5%8C%BA&year=2022&year=2021&status=new' +
        '&q=%E5%AD%90%E8%82%B2%E3%81%A6+%E6%94%AF%E6%8F%B4&id=14117-2022-doc&plans=14110-2022-doc&plans=14117-2022-doc' +
        '&open=14110-2022-doc-p1-2&measure=share&dir=desc&page=3&lang=en'
    );
  });
});

describe('decodeState cases', () => {
  const d = defaultViewState();
  it.each([
    ['empty', '', {}, []],
    ['leading ?', '?year=2022', { years: [2022] }, []],
    ['repeated list params', 'ward=戸塚区&ward=泉区', { wards: ['戸塚区', '泉区'] }, []],
    ['comma is part of the value, not a separator', 'theme=a,b', {}, ['パラメータ「theme」の値「a,b」は使えないため無視しました']],
    ['invalid year', 'year=abc&year=2023', { years: [2023] }, ['パラメータ「year」の値「abc」は使えないため無視しました']],
    ['year out of range', 'year=1800', {}, ['パラメータ「year」の値「1800」は使えないため無視しました']],
    ['unknown param', 'foo=1&page=2', { page: 2 }, ['不明なパラメータ「foo」を無視しました']],
    ['unknown status', 'status=ended', {}, ['パラメータ「status」の値「ended」は使えないため無視しました']],
    ['duplicate value', 'status=new&status=new', { statuses: ['new'] }, ['パラメータ「status」の値「new」が重複しているため 1 つにしました']],
    ['too many plans', 'plans=a1&plans=a2&plans=a3&plans=a4&plans=a5&plans=a6', { plans: ['a1', 'a2', 'a3', 'a4'] }, ['パラメータ「plans」は 4 個までのため、残りを無視しました']],
    ['plan page id and open detail (links the pages write by hand)', 'id=14110-2022-doc&open=14110-2022-doc-p1-1', { plan: '14110-2022-doc', open: '14110-2022-doc-p1-1' }, []],
    ['id must look like an id', 'id=<script>', {}, ['パラメータ「id」の値「<script>」は使えないため無視しました']],
    ['repeated scalar', 'sort=title&sort=year', { sort: 'title' }, ['パラメータ「sort」が複数あるため最初の値を使いました']],
    ['page 0', 'page=0', {}, ['パラメータ「page」の値「0」は使えないため無視しました']],
    ['page not a whole number', 'page=1.5', {}, ['パラメータ「page」の値「1.5」は使えないため無視しました']],
    ['sort not whitelisted', "sort=title'--", {}, ["パラメータ「sort」の値「title'--」は使えないため無視しました"]],
    ['q trimmed, + is a space', 'q=+%E5%AD%90%E8%82%B2%E3%81%A6+%E6%94%AF%E6%8F%B4+', { q: '子育て 支援' }, []],
    ['q blank is the default', 'q=', {}, []],
    ['q too long', `q=${'あ'.repeat(201)}`, {}, [`パラメータ「q」の値「${'あ'.repeat(30)}…」は使えないため無視しました`]],
    ['a city-qualified ward', 'ward=%E6%A8%AA%E6%B5%9C%E5%B8%82%7C%E6%B3%89%E5%8C%BA&ward=中区', { wards: ['横浜市|泉区', '中区'] }, []],
    ['a ward key has one city and one ward', 'ward=a|b|c&ward=|泉区', {}, ['パラメータ「ward」の値「a|b|c」は使えないため無視しました', 'パラメータ「ward」の値「|泉区」は使えないため無視しました']],
    ['hostile ward is just a name', "ward='; DROP TABLE plans; --", { wards: ["'; DROP TABLE plans; --"] }, []],
    ['marker with symbol', 'marker=%2BD&marker=新', { markers: ['+D', '新'] }, []],
    ['theme slug must be lower-case ascii', 'theme=Bousai&theme=bousai', { themes: ['bousai'] }, ['パラメータ「theme」の値「Bousai」は使えないため無視しました']],
    ['lang and measure', 'lang=en&measure=share&dir=desc', { lang: 'en', measure: 'share', dir: 'desc' }, []]
  ] as const)('%s', (_, query, patch, notices) => {
    const result = decodeState(query);
    expect(result.state).toEqual({ ...d, ...patch });
    expect(result.notices).toEqual(notices);
  });
  it('accepts a URLSearchParams object', () => {
    expect(decodeState(new URLSearchParams([['pillar', '14110-2022-doc-p1']])).state.pillars).toEqual(['14110-2022-doc-p1']);
  });
});

describe('ids of plans keyed by city and ward', () => {
  it('accepts a Japanese plan id and rejects one with spaces or markup', async () => {
    const { decodeState } = await import('../../src/lib/filters/url-state');
    expect(decodeState('id=テスト市テスト区-2024-import-80225a31').state.plan).toBe('テスト市テスト区-2024-import-80225a31');
    const bad = decodeState('id=%3Cscript%3E');
    expect(bad.state.plan).toBeNull();
    expect(bad.notices).toHaveLength(1);
  });
});
