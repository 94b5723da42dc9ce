// The same named query on the same data, timed alone: duckdb-wasm under Node (blocking build) and in
// Chromium through the app's runner (window.__wplBench.query). Serves build/ with the data set.
// npx tsx bench/profile/node-vs-browser.ts [bench/work/data/100k]   (after npm run build)
import { chromium } from 'playwright-core';
import { loadSyntheticSet } from './load-set';
import { createQueryRunner, initiativeList, type InitiativeListParams } from '../../src/lib/queries';
import { emptyFilters } from '../../src/lib/filters/filters';
import { startServer } from '../harness/server';
import { CHROMIUM, CHROMIUM_ARGS } from '../harness/measure';

const dir = process.argv[2] ?? 'bench/work/data/100k';
const QUERIES = ['子育て', '見守り活動', '特殊詐欺被害', ''];
const REPS = Number(process.env.REPS ?? 6);
const params = (q: string): InitiativeListParams => ({ filters: { ...emptyFilters(), q }, sort: 'ward', dir: 'asc', limit: 50 });
const line = (where: string, q: string, ms: number[]) => console.log(where.padEnd(8), (q || '(none)').padEnd(10), ms.map((x) => x.toFixed(0)).join(' '));

const db = await loadSyntheticSet(dir);
for (const q of QUERIES) {
  const ms: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const runner = createQueryRunner(db); // a fresh cache: every run executes
    const t0 = performance.now();
    await runner.run(initiativeList, params(q));
    ms.push(performance.now() - t0);
  }
  line('node', q, ms);
}
db.close();

const server = await startServer({ root: 'build', dataDir: dir, cacheDir: 'bench/work/compress-cache' });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/initiatives/`);
  await page.waitForFunction(() => (window as any).__wplBench?.open, null, { timeout: 120_000 });
  await page.evaluate(() => (window as any).__wplBench.open('search')); // every partition in, untimed
  for (const q of QUERIES) {
    const ms = await page.evaluate(
      async ([p, reps]) => {
        const out: number[] = [];
        for (let i = 0; i < reps; i++) out.push((await (window as any).__wplBench.query('initiative_list', p)).ms);
        return out;
      },
      [params(q), REPS] as const
    );
    line('browser', q, ms);
  }
} finally {
  await browser.close();
  await server.close();
}
