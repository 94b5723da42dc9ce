/** `npx tsx bench/generate/cli.ts --sizes 1k,100k [--out bench/work/data] [--seed N] [--force]` */
import { join } from 'node:path';
import { parseSize } from './generate';
import { ensureSyntheticSet } from './write';

const argv = process.argv.slice(2);
const flag = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const sizes = (flag('sizes') ?? '1k,100k').split(',').filter(Boolean);
const out = flag('out') ?? 'bench/work/data';
const seed = flag('seed') ? Number(flag('seed')) : undefined;
for (const label of sizes) {
  await ensureSyntheticSet(parseSize(label), join(out, label.toLowerCase()), { seed, force: argv.includes('--force'), log: console.log });
}
