/** Every query binds values as parameters: placeholders and params always agree, no value is in the SQL. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUSES, type Filters } from '../../src/lib/filters/filters';
import { INITIATIVE_SORT_KEYS } from '../../src/lib/filters/view-state';
import { QUERIES, type BoundSql, type NamedQuery } from '../../src/lib/queries';
import { initiativeConditions, inList, where } from '../../src/lib/queries/sql-parts';

const MARK = 'Ω_SENTINEL_';
const sentinelText = fc.string({ minLength: 1, maxLength: 8 }).map((s) => MARK + s);
const arbFilters: fc.Arbitrary<Filters> = fc.record({
  wards: fc.array(sentinelText, { maxLength: 3 }),
  years: fc.array(fc.integer({ min: 1900, max: 2100 }), { maxLength: 3 }),
  pillars: fc.array(sentinelText, { maxLength: 3 }),
  themes: fc.array(sentinelText, { maxLength: 3 }),
  markers: fc.array(sentinelText, { maxLength: 3 }),
  statuses: fc.subarray([...STATUSES]),
  q: fc.oneof(fc.constant(''), sentinelText)
});

const placeholders = (sql: string): number => (sql.match(/\?/g) ?? []).length;

function checkBound(bound: BoundSql): void {
  expect(placeholders(bound.sql)).toBe(bound.params.length);
  expect(bound.sql).not.toContain(MARK);
  expect(bound.sql.toLowerCase()).not.toContain(MARK.toLowerCase());
}

const build = <P>(q: NamedQuery<P, unknown>, p: P) => q.build(p);

describe('bound parameters', () => {
  it('initiative filters never put a value into the SQL text', () => {
    fc.assert(fc.property(arbFilters, (f) => checkBound(where(initiativeConditions(f)))));
  });
  it('every named query agrees on placeholders and params for any filters', () => {
    fc.assert(
      fc.property(arbFilters, sentinelText, fc.constantFrom(...INITIATIVE_SORT_KEYS), fc.array(sentinelText, { maxLength: 4 }), (f, text, sort, ids) => {
        const q = QUERIES;
        checkBound(build(q.theme_counts_by_ward, f));
        checkBound(build(q.marker_counts_by_ward, f));
        checkBound(build(q.theme_cooccurrence, f));
        checkBound(build(q.status_by_ward_year, f));
        checkBound(build(q.stated_figures_by_ward_year, f));
        checkBound(build(q.goal_and_pillars_by_ward, f));
        checkBound(build(q.initiative_count, f));
        checkBound(build(q.initiative_list, { filters: f, sort, dir: 'desc', limit: 10, offset: 5 }));
        checkBound(build(q.initiative_page, { filters: f, sort: 'ward', dir: 'asc', limit: 10, offset: 5, rankBound: 4096 }));
        checkBound(build(q.rank_bound_covers_all, { filters: f, rankBound: 4096 }));
        checkBound(build(q.initiatives_for_mark, { filters: f, ward: text, theme: text }));
        checkBound(build(q.initiatives_for_mark, { filters: f, ward: text, marker: text }));
        for (const query of [q.plan_by_id, q.pillars_of_plan, q.initiatives_of_plan, q.sections_of_plan, q.related_plans, q.figures_of_plan, q.mentions_of_plan]) {
          checkBound(build<{ plan_id: string }>(query, { plan_id: text }));
        }
        for (const query of [q.compare_plans, q.compare_pillars, q.theme_by_plan, q.theme_gaps]) {
          checkBound(build(query, { plan_ids: ids }));
        }
        checkBound(build(q.initiative_detail, { initiative_id: text }));
        checkBound(build(q.lineage_items, { plan_ids: ids }));
      })
    );
  });
  it('inList makes one placeholder per value and matches nothing when empty', () => {
    expect(inList('p.ward', ['a', 'b'])).toEqual({ sql: 'p.ward IN (?, ?)', params: ['a', 'b'] });
    expect(inList('p.ward', [])).toEqual({ sql: 'FALSE', params: [] });
  });
  it('registers every named query under its own name', () => {
    for (const [key, query] of Object.entries(QUERIES)) expect(query.name).toBe(key);
    expect(Object.keys(QUERIES).sort()).toEqual([
      'compare_pillars', 'compare_plans', 'coverage_matrix', 'figures_of_plan', 'filter_options', 'focus_cube_bits', 'focus_cube_marker_labels',
      'focus_cube_plans', 'focus_cube_rows', 'full_plan_years',
      'goal_and_pillars_by_ward', 'headline_figures', 'initiative_count', 'initiative_detail', 'initiative_list', 'initiative_page', 'initiatives_for_mark', 'initiatives_of_plan',
      'lineage_items', 'marker_counts_by_ward', 'mentions_of_plan', 'pillars_of_plan', 'plan_by_id', 'plan_options', 'rank_bound_covers_all', 'related_plans',
      'sections_of_plan', 'stated_figures_by_ward_year', 'status_by_ward_year', 'theme_by_plan', 'theme_cooccurrence',
      'theme_counts_by_ward', 'theme_gaps'
    ]);
  });
});
