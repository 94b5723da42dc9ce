// The initiatives list's first page at a synthetic size in duckdb-wasm under Node: the unbounded
// statement (initiative_list: page and total in one), the page the list now reads (initiative-page.ts:
// bounded by reading_rank where that is provably the same page) and the total it counts after, for the
// benchmark's four words and for no word. Four timings each (the first is cold).
// Usage: npx tsx bench/profile/reading-rank.ts [bench/work/data/100k]
import { loadSyntheticSet } from './load-set';
import { emptyFilters } from '../../src/lib/filters/filters';
import { createQueryRunner, initiativeCount, initiativeList, readInitiativePage, type NamedQuery } from '../../src/lib/queries';
import { SEARCH_QUERIES } from '../generate/words';

const dir = process.argv[2] ?? 'bench/work/data/100k';
const db = await loadSyntheticSet(dir);
const runner = createQueryRunner(db);
async function time(label: string, run: () => Promise<unknown[]>): Promise<void> {
  const ms: number[] = [];
  for (let i = 0; i < 4; i++) {
    runner.clear();
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  console.log(label.padEnd(34), ms.map((x) => x.toFixed(0)).join(' / '));
}
for (const q of [...SEARCH_QUERIES, '']) {
  const params = { filters: { ...emptyFilters(), q }, sort: 'ward' as const, dir: 'asc' as const, limit: 100, offset: 0 };
  const statements: string[] = [];
  const counting = { run: <P, R>(query: NamedQuery<P, R>, p: P) => (statements.push(query.name), runner.run(query, p)) };
  await time(`list (page + total) ${q || '(no word)'}`, () => runner.run(initiativeList, params));
  await time(`  first page`, () => readInitiativePage(counting, params));
  await time(`  total after it`, () => runner.run(initiativeCount, params.filters));
  console.log(`  statements per first page: ${statements.slice(0, statements.length / 4).join(', ')}`);
}
db.close();
