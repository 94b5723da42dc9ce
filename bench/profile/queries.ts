// Node-side timings of named queries on a synthetic set (same duckdb-wasm engine as the browser, blocking build).
// npx tsx bench/profile/queries.ts [bench/work/data/100k]   (generate the set first: npx tsx bench/generate/cli.ts --sizes 100k)
import { loadSyntheticSet } from './load-set';
import * as Q from '../../src/lib/queries';
import { emptyFilters } from '../../src/lib/filters/filters';

const dir = process.argv[2] ?? 'bench/work/data/100k';
let t = Date.now();
const db = await loadSyntheticSet(dir);
console.log('load', Date.now() - t, 'ms');
async function time(name: string, fn: () => Promise<unknown>) {
  const s: number[] = [];
  let n = 0;
  for (let i = 0; i < 3; i++) { const t0 = performance.now(); const r = await fn() as any[]; s.push(performance.now() - t0); n = r.length; }
  console.log(name.padEnd(40), s.map((x) => x.toFixed(0)).join(' / '), 'ms rows', n);
}
const run = (q: any, p: any) => { const b = q.build(p); return db.query(b.sql, b.params); };
for (const q of ['子育て', '見守り活動', '特殊詐欺被害']) {
  const f = { ...emptyFilters(), q };
  await time(`list ${q}`, () => run(Q.initiativeList, { filters: f, sort: 'ward', dir: 'asc', limit: 50 }));
  await time(`count ${q}`, () => run(Q.initiativeCount, f));
  await time(`contains only ${q}`, () => db.query('SELECT initiative_id FROM initiatives i WHERE contains(i.search_text, ?) LIMIT 20', [q]));
  await time(`contains lower ${q}`, () => db.query('SELECT count(*) FROM initiatives i WHERE contains(lower(i.search_text), ?)', [q]));
  await time(`contains desc ${q}`, () => db.query('SELECT count(*) FROM initiatives i WHERE contains(i.description, ?)', [q]));
}
const years = [2015, 2016, 2017, 2018, 2019];
const f = { ...emptyFilters(), years };
for (const name of ['themeCountsByWard', 'markerCountsByWard', 'themeCooccurrence', 'filterOptions']) {
  await time(name, () => run((Q as any)[name], name === 'filterOptions' ? {} : f));
}
await time('list nofilter', () => run(Q.initiativeList, { filters: emptyFilters(), sort: 'ward', dir: 'asc', limit: 50 }));
await time('list years', () => run(Q.initiativeList, { filters: f, sort: 'ward', dir: 'asc', limit: 50 }));
db.close();
