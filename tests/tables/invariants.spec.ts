/** The build's table invariants: the tag-id shapes the lists rely on (sql-parts.ts tagListsJoin). */
import { describe, expect, it } from 'vitest';
import { tableInvariantViolations } from '../../src/lib/tables/invariants';
import type { Row } from '../../src/lib/tables/schema';
import { FIXTURE_TABLES } from '../fixtures/tables/ward-plans';

const withTags = (tags: Row[]) => ({ ...FIXTURE_TABLES, tags: [...FIXTURE_TABLES.tags, ...tags] });
const markerOf = FIXTURE_TABLES.tags.find((t) => t.kind === 'marker')!;

describe('tableInvariantViolations: tag ids', () => {
  it('finds nothing wrong in the fixture', () => {
    expect(tableInvariantViolations(FIXTURE_TABLES)).toEqual([]);
  });
  const cases: Array<[string, Row, RegExp]> = [
    ['a marker whose id names another code', { ...markerOf, tag_id: `${String(markerOf.plan_id)}:marker:X`, marker: 'Y' }, /marker tag_id .*:marker:X is not \{plan_id\}:marker:\{marker\}/],
    ['a marker whose id names no plan', { ...markerOf, tag_id: 'marker:Z', marker: 'Z' }, /marker tag_id marker:Z is not/],
    ['a marker with a theme-like id', { ...markerOf, tag_id: 'theme:fake', marker: 'fake' }, /only themes have tag ids theme:/],
    ['a theme without the prefix', { tag_id: 'kosodate2', kind: 'theme', plan_id: null, marker: null, label_ja: 'x', label_en: null, description: null }, /only themes have tag ids theme:/]
  ];
  it.each(cases)('names %s', (_name, tag, message) => {
    const problems = tableInvariantViolations(withTags([tag]));
    expect(problems.some((p) => message.test(p)), problems.join('\n')).toBe(true);
  });
});
