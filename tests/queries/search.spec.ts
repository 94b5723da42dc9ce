/**
 * Free-text search through the signature prefilter finds exactly what a plain contains() over
 * search_text finds, on the fixture tables: for substrings of real items and for strings that match nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initiativeCount, initiativeList } from '../../src/lib/queries';
import { filters, useFixtureDb } from './fixture-db';

const { run, db } = useFixtureDb();

async function plainContains(q: string): Promise<string[]> {
  const rows = await db().query<{ initiative_id: string }>(
    'SELECT initiative_id FROM initiatives WHERE contains(search_text, ?) ORDER BY initiative_id',
    [q.normalize('NFKC').replace(/\s+/g, '').toLowerCase()]
  );
  return rows.map((r) => r.initiative_id);
}

describe('search with the bigram signature', () => {
  it('matches plain contains() for substrings of the fixture items and for non-matching text', async () => {
    const texts = (await db().query<{ search_text: string }>('SELECT search_text FROM initiatives')).map((r) => r.search_text);
    const samples = fc.sample(
      fc.oneof(
        fc.tuple(fc.constantFrom(...texts), fc.nat(), fc.integer({ min: 1, max: 8 })).map(([t, a, n]) => t.slice(a % t.length, (a % t.length) + n)),
        fc.string({ unit: fc.constantFrom(...'子育て防災見守り区民活動xyz'), minLength: 1, maxLength: 5 })
      ),
      { numRuns: 60, seed: 20261202 }
    );
    expect(samples.length).toBe(60);
    for (const q of samples) {
      const expected = await plainContains(q);
      const listed = await run(initiativeList, { filters: filters({ q }), sort: 'ward', dir: 'asc', limit: 500 });
      expect(listed.map((r) => r.initiative_id).sort(), q).toEqual(expected);
      if (listed.length > 0) expect(listed[0].total, q).toBe(expected.length);
      const [count] = await run(initiativeCount, filters({ q }));
      expect(count.count, q).toBe(expected.length);
    }
  });
});
