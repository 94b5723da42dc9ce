import { describe, expect, it } from 'vitest';
import { QUERIES } from '../../src/lib/queries';
import { emptyFilters } from '../../src/lib/filters/filters';
import { tablesOf } from '../../src/lib/queries/tables-of';

describe('tablesOf', () => {
  it.each([
    ['SELECT * FROM plans p', ['plans']],
    ['SELECT 1 FROM initiatives i JOIN plans p ON p.plan_id = i.plan_id', ['plans', 'initiatives']],
    ['SELECT 1 FROM initiative_tags it JOIN tags t ON t.tag_id = it.tag_id', ['tags', 'initiative_tags']],
    ['SELECT plan_id, tags_count FROM pillars', ['pillars']]
  ])('%s', (sql, expected) => {
    expect(tablesOf(sql).sort()).toEqual([...expected].sort());
  });
  it('finds the tables of the real queries (coverage needs only plans; the list needs initiatives and tags)', () => {
    expect(tablesOf(QUERIES.coverage_matrix.build({}).sql)).toEqual(['plans']);
    const list = tablesOf(QUERIES.initiative_list.build({ filters: emptyFilters(), sort: 'ward', dir: 'asc' }).sql);
    expect(list).toEqual(expect.arrayContaining(['plans', 'pillars', 'initiatives', 'initiative_tags', 'tags']));
  });
});
