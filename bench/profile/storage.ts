// The list's search statement and the bare page's contains() at 1M in duckdb-wasm under Node, with the
// storage hints of src/lib/db/table-storage.ts ('hinted', as the app loads) or without them ('compressed':
// DuckDB's own choice, DICT_FSST for text in full row groups). Prints the engine's memory, the
// compression of the hinted columns and 4 timings per query (the first is cold).
// Usage: npx tsx bench/profile/storage.ts [hinted|compressed] [bench/work/data/1m]
import { loadSyntheticSet } from './load-set';
import { UNCOMPRESSED_COLUMNS } from '../../src/lib/db/table-storage';
import { emptyFilters } from '../../src/lib/filters/filters';
import { initiativeList } from '../../src/lib/queries';
import { SEARCH_QUERIES } from '../generate/words';

const mode = process.argv[2] ?? 'hinted';
const dir = process.argv[3] ?? 'bench/work/data/1m';
const hinted = [...(UNCOMPRESSED_COLUMNS.initiatives ?? [])];
if (mode === 'compressed') delete UNCOMPRESSED_COLUMNS.initiatives; // profiling only: the app never changes the hints

const t0 = performance.now();
const db = await loadSyntheticSet(dir);
console.log(`${mode}: loaded ${dir} in ${(performance.now() - t0).toFixed(0)} ms`);
const [memory] = await db.query<{ bytes: number }>("SELECT sum(memory_usage_bytes)::DOUBLE AS bytes FROM duckdb_memory() WHERE tag = 'IN_MEMORY_TABLE'");
console.log(`tables in memory: ${(memory.bytes / 1e9).toFixed(2)} GB`);
const compression = await db.query<{ column_name: string; compression: string; segments: number }>(
  `SELECT column_name, compression, count(*)::INTEGER AS segments FROM pragma_storage_info('initiatives')
   WHERE segment_type = 'VARCHAR' GROUP BY ALL ORDER BY ALL`
);
for (const c of compression.filter((c) => hinted.includes(c.column_name) || c.column_name === 'description')) console.log(`  ${c.column_name}: ${c.compression} × ${c.segments}`);

async function time(label: string, sql: string, params: readonly unknown[]): Promise<void> {
  const ms: number[] = [];
  for (let i = 0; i < 4; i++) {
    const start = performance.now();
    await db.query(sql, params as never);
    ms.push(performance.now() - start);
  }
  console.log(label.padEnd(28), ms.map((x) => x.toFixed(0)).join(' / '));
}
for (const q of SEARCH_QUERIES) {
  const list = initiativeList.build({ filters: { ...emptyFilters(), q }, sort: 'ward', dir: 'asc', limit: 50 });
  await time(`list ${q}`, list.sql, list.params);
  await time(`bare contains ${q}`, 'SELECT initiative_id, title FROM initiatives WHERE contains(description, ?) ORDER BY initiative_id LIMIT 20', [q]);
}
db.close();
