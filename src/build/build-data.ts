/**
 * `npm run data [-- --input DIR --out DIR]`: raw plans + facts → every table of the contract in OUT as
 * Arrow IPC and Parquet, plus manifest.json; prints a per-plan summary. Exit 1 with a one-line
 * message on any problem, leaving the previous output untouched.
 */
import { resolve } from 'node:path';
import { readArgs } from './args';
import { collectTables } from './collect-tables';
import { writeTables } from './write-tables';

async function main() {
  const { flags } = readArgs(process.argv.slice(2));
  const inputDir = resolve(flags.get('input') ?? 'data');
  const outDir = resolve(flags.get('out') ?? 'static/data');
  const started = Date.now();
  const { tables, summaries, dataDate } = await collectTables(inputDir);
  const manifest = await writeTables(tables, { outDir, dataDate });

  for (const s of summaries) {
    console.log(`${s.plan_id}  ${s.ward} ${s.fiscal_year}: ${s.pillars} pillars, ${s.initiatives} initiatives, ${s.markers} markers, ${s.themes} themes, ${s.warnings.length} warnings  (${s.file})`);
    for (const w of s.warnings) console.log(`    line ${w.line}: ${w.message}`);
  }
  const partial = tables.plans.filter((p) => p.coverage === 'partial').length;
  console.log(`${partial} partial plans from public facts; tables: ${manifest.tables.map((t) => `${t.name} ${t.rows}`).join(', ')}`);
  console.log(`wrote ${outDir} in ${Date.now() - started} ms`);
}

main().catch((err: Error) => {
  console.error(`npm run data: ${err.message}`);
  process.exit(1);
});
