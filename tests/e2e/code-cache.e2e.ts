/**
 * Chromium keeps DuckDB's compiled wasm between visits (src/head/duckdb-worker.js): after a visit, the
 * profile's wasm code cache holds it, and the next visit in that profile starts from it and shows the same
 * data. V8 caches a module once some of its functions have reached its optimising tier; a low tiering
 * budget (a V8 flag) gets there within the test's few queries instead of after a user's many.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type LaunchOptions } from '@playwright/test';
import { ORIGIN, waitForEngine, watchErrors } from './helpers';

function bytesUnder(dir: string): number {
  let total = 0;
  try {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path);
      total += stat.isDirectory() ? bytesUnder(path) : stat.size;
    }
  } catch {
    return 0; // not made yet
  }
  return total;
}

/**
 * One visit to /tags/ in `profile`, until every chart has drawn; returns what the charts say. With
 * `countCacheHits`, also whether the wasm came from the code cache before DuckDB was ready (Chromium's
 * own trace event, emitted where the wasm is compiled).
 */
async function visit(launchOptions: LaunchOptions, profile: string, countCacheHits = false) {
  // The suite's Chromium and flags (playwright.config.ts), with a low tiering budget (above).
  const args = [...(launchOptions.args ?? []), '--js-flags=--wasm-tiering-budget=10000'];
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, args, locale: 'ja-JP' });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = watchErrors(page);
  const cdp = await context.newCDPSession(page);
  const names = new Set<string>();
  cdp.on('Tracing.dataCollected', (data) => data.value.forEach((e) => names.add(String(e.name))));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  if (countCacheHits) {
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['disabled-by-default-devtools.timeline'] }, transferMode: 'ReportEvents' });
  }
  await page.goto(`${ORIGIN}/tags/`);
  await waitForEngine(page);
  let cacheHit = false;
  if (countCacheHits) {
    await cdp.send('Tracing.end');
    await complete;
    cacheHit = names.has('v8.wasm.moduleCacheHit');
  }
  await expect(page.locator('main .chart-card[aria-busy="true"]')).toHaveCount(0);
  // What the charts say: their cards' text (titles, descriptions, axis and bar labels).
  const charts = (await page.locator('main .chart-card').allInnerTexts()).join('\n').trim();
  return { context, charts, errors, cacheHit };
}

test('the versioned DuckDB files are served immutable, the boot script and pages revalidate', async ({ request }) => {
  const boot = await request.get('/duckdb/boot.js');
  const version = /var VERSION = "([^"]+)"/.exec(await boot.text())?.[1];
  expect(version).toMatch(/^1\.32\./);
  for (const file of ['duckdb-eh.wasm', 'wpl-duckdb-eh.worker.js', 'duckdb-browser-eh.worker.js']) {
    const response = await request.head(`/duckdb/${version}/${file}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  }
  expect(boot.headers()['cache-control'] ?? '').not.toContain('immutable');
  expect((await request.get('/tags/')).headers()['cache-control'] ?? '').not.toContain('immutable');
});

test('DuckDB’s compiled wasm is kept between visits, and a visit that starts from it shows the same data', async ({ launchOptions }) => {
  test.setTimeout(150_000);
  const profile = mkdtempSync(join(tmpdir(), 'wpl-code-cache-'));
  const wasmCache = join(profile, 'Default', 'Code Cache', 'wasm');
  try {
    const first = await visit(launchOptions, profile);
    expect(first.charts).not.toBe('');
    // Written a little after the optimised code exists (V8 waits to batch it).
    await expect.poll(() => bytesUnder(wasmCache), { timeout: 30_000 }).toBeGreaterThan(1_000_000);
    expect(first.errors).toEqual([]);
    await first.context.close();

    const second = await visit(launchOptions, profile, true);
    expect(second.cacheHit).toBe(true);
    expect(second.charts).toBe(first.charts);
    expect(second.errors).toEqual([]);
    await second.context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
