// The initiative list's two SQL forms (pagedInitiativeRows in src/lib/queries/initiative-rows.ts) timed
// on the same data in duckdb-wasm under Node: the filters run once (matching keys materialised, then
// count and page) or twice (in the count, then in the page). 9 runs each after a first, sorted ms. Generate the set first
// (npx tsx bench/generate/cli.ts --sizes 100k). Usage: npx tsx bench/profile/list-forms.ts [bench/work/data/100k]
import { loadSyntheticSet } from './load-set';
import { emptyFilters, type Filters } from '../../src/lib/filters/filters';
import { orderBy, pagedInitiativeRows } from '../../src/lib/queries/initiative-rows';
import { initiativeConditions, searchesText } from '../../src/lib/queries/sql-parts';

const dir = process.argv[2] ?? 'bench/work/data/100k';
const db = await loadSyntheticSet(dir);

async function time(label: string, sql: string, params: readonly unknown[]): Promise<number[]> {
  await db.query(sql, params as never);
  const ms: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    await db.query(sql, params as never);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(label.padEnd(40), ms.map((x) => x.toFixed(0)).join(' '), `(median ${ms[4].toFixed(0)})`);
  return ms;
}
const CASES: [string, Partial<Filters>][] = [
  ['no filter', {}],
  ['5 years', { years: [2015, 2016, 2017, 2018, 2019] }],
  ['q 子育て', { q: '子育て' }],
  ['q 国際交流ラウンジ', { q: '国際交流ラウンジ' }],
  ['q の (matches almost all)', { q: 'の' }]
];
for (const sort of ['ward', 'title'] as const) {
  for (const [label, patch] of CASES) {
    const filters = { ...emptyFilters(), ...patch };
    const conditions = initiativeConditions(filters);
    console.log(`-- sort ${sort}, ${label}; the named query uses filters ${searchesText(filters) ? 'once' : 'twice'}`);
    for (const once of [true, false]) {
      const form = pagedInitiativeRows(conditions, orderBy(sort, 'asc'), 50, 0, once);
      await time(once ? 'filters once (matched keys materialised)' : 'filters twice (count, then page)', form.sql, form.params);
    }
  }
}
db.close();
