import { describe, expect, it } from 'vitest';
import curationFile from '../../data/curation/curation.json';
import { applyCuration, curatedThemes } from '../../src/lib/curation/apply-curation';
import { loadCuration, CurationDataError, type CurationEntry } from '../../src/lib/curation/schema';
import { defaultThemeRules } from '../../src/lib/themes/default-rules';
import type { ParsedInitiative, ParsedPlan } from '../../src/lib/plans/types';

function item(position: number, p: Partial<ParsedInitiative>): ParsedInitiative {
  return { position, sub_theme: null, title: 't', program_name: null, description: 'd', markers: [], lines: [position * 10, position * 10], ...p };
}

function plan(): ParsedPlan {
  return {
    city: null,
    ward: '泉区',
    fiscal_year: 2022,
    title: null,
    basic_goal: null,
    truncated: false,
    stance: [],
    legend: [],
    sections: [],
    warnings: [],
    pillars: [
      {
        position: 1,
        title: 'とどけよう! いずみの魅力',
        summary: null,
        overview_programs: [],
        lines: [1, 100],
        initiatives: [
          item(1, { title: '泉区の魅力づくりと発信', program_name: '定住・転入促進事業', description: '泉区『愛』に溢れるプロモーションを展開します。' }),
          item(2, { title: 'キャプション', description: '<プロモーション動画> 区内で撮影した映像です。' }),
          item(3, { title: '水やり', program_name: null, description: '道路・公園・水辺における花木への水やりや除草等の管理を行う' })
        ]
      }
    ]
  };
}

const WHERE = { ward: '泉区', fiscal_year: 2022 };
const load = (entries: unknown[]) => loadCuration({ entries }, defaultThemeRules);

describe('loadCuration', () => {
  it('accepts the shipped file', () => {
    expect(Array.isArray(loadCuration(curationFile, defaultThemeRules))).toBe(true);
  });

  it.each([
    [{ match: { ward: '泉区', fiscal_year: 2022, program_name: 'a事業' }, add_themes: ['bousai'] }, /reason/],
    [{ match: { ward: '泉区', fiscal_year: 2022, program_name: 'a事業' }, reason: ' ', add_themes: ['bousai'] }, /reason[\s\S]*must not be empty|must not be empty/],
    [{ match: { ward: '泉区', fiscal_year: 2022, program_name: 'a事業' }, reason: 'r', add_themes: ['bosai'] }, /unknown theme slug "bosai"/],
    [{ match: { ward: '泉区', fiscal_year: 2022 }, reason: 'r', exclude: true }, /exactly one of program_name or description_starts/],
    [{ match: { ward: '泉区', fiscal_year: 2022, program_name: 'a', description_starts: 'abcdefgh' }, reason: 'r', exclude: true }, /exactly one/],
    [{ match: { ward: '泉区', fiscal_year: 2022, program_name: 'a事業' }, reason: 'r' }, /no action/],
    [{ match: { ward: '泉区', fiscal_year: 2022, description_starts: '道路' }, reason: 'r', exclude: true }, /at least 8 characters/],
    [{ match: { ward: '泉区', fiscal_year: 2022, program_name: 'a事業', id: '14116-2022-doc-p1-1' }, reason: 'r', exclude: true }, /id/],
    [{ match: { ward: '泉区', fiscal_year: 2022, program_name: 'a事業' }, reason: 'r', exclude: true, set_title: 'x' }, /exclude cannot be combined/]
  ])('rejects %j', (entry, message) => {
    expect(() => load([entry])).toThrow(CurationDataError);
    expect(() => load([entry])).toThrow(message);
  });
});

describe('applyCuration', () => {
  it('matches by program name, folded (full-width, spaces), and adds curated themes', () => {
    const entries = load([
      { match: { ward: '泉区', fiscal_year: 2022, program_name: '定住・転入 促進事業' }, reason: 'city promotion', add_themes: ['kuyakusho'] }
    ]);
    const r = applyCuration(plan(), entries, WHERE);
    expect(r.unmatched).toEqual([]);
    expect(r.applied).toHaveLength(1);
    expect(r.applied[0].initiative.program_name).toBe('定住・転入促進事業');
    expect(curatedThemes(r.applied, r.plan.pillars[0].initiatives[0])).toEqual([
      { slug: 'kuyakusho', provenance: 'curated', evidence: 'curation: city promotion' }
    ]);
    expect(curatedThemes(r.applied, r.plan.pillars[0].initiatives[2])).toEqual([]);
  });

  it('matches by the start of the description, NFKC and space-insensitive, and sets title and sub-theme', () => {
    const entries = load([
      {
        match: { ward: '泉区', fiscal_year: 2022, description_starts: '道路・公園・水辺に おける' },
        reason: 'heading lost in extraction',
        set_title: '水・緑・みち魅力づくり支援事業',
        set_sub_theme: '愛護会'
      }
    ]);
    const r = applyCuration(plan(), entries, WHERE);
    const it3 = r.plan.pillars[0].initiatives[2];
    expect(it3).toMatchObject({ title: '水・緑・みち魅力づくり支援事業', sub_theme: '愛護会', position: 3 });
    expect(r.applied[0].initiative).toBe(it3);
  });

  it('full-width text in the entry matches half-width text in the plan', () => {
    const entries = load([
      { match: { ward: '泉区', fiscal_year: 2022, description_starts: '＜プロモーション動画＞' }, reason: 'image caption', exclude: true }
    ]);
    const r = applyCuration(plan(), entries, WHERE);
    expect(r.applied).toHaveLength(1);
  });

  it('exclude removes the item and renumbers the rest without gaps; the original plan is untouched', () => {
    const p = plan();
    const entries = load([
      { match: { ward: '泉区', fiscal_year: 2022, description_starts: '<プロモーション動画>区内で' }, reason: 'an image caption, not an initiative', exclude: true }
    ]);
    const r = applyCuration(p, entries, WHERE);
    expect(r.plan.pillars[0].initiatives.map((i) => [i.position, i.title])).toEqual([
      [1, '泉区の魅力づくりと発信'],
      [2, '水やり']
    ]);
    expect(r.applied[0].initiative.title).toBe('キャプション');
    expect(p.pillars[0].initiatives).toHaveLength(3);
  });

  it('reports entries for this ward-year that match nothing, ignores other ward-years and other cities', () => {
    const entries = load([
      { match: { ward: '泉区', fiscal_year: 2022, program_name: '廃止された事業' }, reason: 'r', add_themes: ['bousai'] },
      { match: { ward: '泉区', fiscal_year: 2021, program_name: '定住・転入促進事業' }, reason: 'r', add_themes: ['bousai'] },
      { match: { city: '大阪市', ward: '泉区', fiscal_year: 2022, program_name: '定住・転入促進事業' }, reason: 'r', add_themes: ['bousai'] }
    ]);
    const r = applyCuration(plan(), entries, { ...WHERE, city: '横浜市' });
    expect(r.applied).toEqual([]);
    expect(r.unmatched).toEqual([entries[0]]);
  });

  it('program_name never matches an item without one, and the description start must be a prefix', () => {
    const entries: CurationEntry[] = load([
      { match: { ward: '泉区', fiscal_year: 2022, description_starts: '公園・水辺における花木' }, reason: 'r', add_themes: ['bousai'] }
    ]);
    expect(applyCuration(plan(), entries, WHERE).unmatched).toHaveLength(1);
  });
});
