/**
 * `npm run parse -- FILE [--ward 区名] [--year YYYY]`: the contract's JSON on stdout (warnings included),
 * or a one-line error on stderr and exit 1.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { readArgs } from './args';
import { parsePlanBytes } from '../lib/pipeline/parse-document';

const MAX_BYTES = 20 * 1024 * 1024;

async function main() {
  const { flags, positionals } = readArgs(process.argv.slice(2));
  const file = positionals[0];
  if (!file) throw new Error('usage: npm run parse -- FILE [--ward 区名] [--year YYYY]');
  const name = basename(file);
  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile()) throw new Error(`${name}: no such file`);
  // Refuse before reading: a huge file must not be loaded into memory just to be rejected.
  if (info.size > MAX_BYTES) throw new Error(`${name}: file is ${(info.size / 1024 / 1024).toFixed(1)} MB, over the 20 MB limit`);
  const yearFlag = flags.get('year');
  const year = yearFlag === undefined ? undefined : Number(yearFlag);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1989 && year <= 2100)) throw new Error(`--year ${yearFlag}: not a fiscal year (e.g. 2022)`);
  const plan = parsePlanBytes(new Uint8Array(await readFile(file)), { fileName: name, ward: flags.get('ward'), fiscal_year: year });
  process.stdout.write(JSON.stringify(plan, null, 2) + '\n');
}

main().catch((err: Error) => {
  console.error(err.message.split('\n')[0]);
  process.exit(1);
});
