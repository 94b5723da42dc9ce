/** One page load in Chromium (cold: fresh profile; warm: reload in the same profile) and its timings. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-precise-memory-info'
];

export type Kind = 'site' | 'bare';

export interface ResourceBytes {
  url: string;
  category: string;
  /** Encoded (on the wire) body bytes; 0 when served from the HTTP cache. */
  transfer: number;
  status: number;
  encoding: string | null;
}

export interface LoadResult {
  firstChart: number | null;
  firstChartSource: string | null;
  interactive: number | null;
  interactiveSource: string | null;
  /** Site: every query of the view answered (mark 'wpl:interactive'); bare: null (it runs its query after). */
  firstAnswers: number | null;
  duckdbReady: number | null;
  /** Site: when [data-engine-status=ready] first appeared (every table loaded); bare: = interactive. */
  allLoaded: number | null;
  fcp: number | null;
  heapUsedMB: number | null;
  resources: ResourceBytes[];
  error: string | null;
  notes: string[];
}

/** Installed before any page script: records when a chart element and the ready status first appear. */
const OBSERVER = `globalThis.__name = globalThis.__name || ((f) => f); /* tsx keepNames helper used inside page.evaluate callbacks */
(() => {
  const obs = { chart: null, chartSel: null, ready: null };
  Object.defineProperty(window, '__benchObs', { value: obs });
  let mo = null;
  const check = () => {
    const now = performance.now();
    if (obs.chart === null) {
      const el = document.querySelector('[data-chart-ready], svg[role=img]');
      if (el) { obs.chart = now; obs.chartSel = el.hasAttribute('data-chart-ready') ? '[data-chart-ready]' : 'svg[role=img]'; }
    }
    if (obs.ready === null && document.querySelector('[data-engine-status=ready]')) obs.ready = now;
    if (obs.chart !== null && obs.ready !== null && mo) mo.disconnect();
  };
  mo = new MutationObserver(check);
  mo.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-engine-status', 'data-chart-ready', 'role'] });
  document.addEventListener('DOMContentLoaded', check);
})();`;

export function categorize(url: string): string {
  const path = new URL(url).pathname;
  if (/\.wasm$/.test(path)) return 'duckdb-wasm';
  // duckdb-wasm's worker script and the app's starter around it (src/head/duckdb-worker.js).
  if (/\/(duckdb-browser-|wpl-duckdb-)[^/]*worker[^/]*\.js$/.test(path)) return 'duckdb-worker';
  if (/\/data\/manifest\.json$/.test(path)) return 'manifest';
  if (/\/data\//.test(path)) return 'data';
  if (/\.(m?js)$/.test(path)) return 'own-js';
  if (/\.css$/.test(path)) return 'css';
  if (/\.html$|\/$/.test(path)) return 'html';
  return 'other';
}

export async function openCold(): Promise<{ context: BrowserContext; page: Page; dispose: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'wpl-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'ja-JP',
    viewport: { width: 1280, height: 900 }
  });
  await context.addInitScript({ content: OBSERVER });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    dispose: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    }
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every wait is bounded: a hook that never resolves fails the series instead of hanging the run. */
export function bounded<T>(p: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${label}: no answer within ${ms} ms`)), ms);
    })
  ]);
}

/** Navigates (or reloads) and waits, bounded, for the kind's "chart + interactive" signals. */
export async function measureLoad(
  context: BrowserContext,
  page: Page,
  kind: Kind,
  url: string | null,
  timeoutMs: number
): Promise<LoadResult> {
  const notes: string[] = [];
  const cold = url !== null;
  const pending: Promise<void>[] = [];
  const resources: ResourceBytes[] = [];
  const onFinished = (req: import('playwright-core').Request) => {
    pending.push(
      (async () => {
        const resp = await req.response().catch(() => null);
        const sizes = await req.sizes().catch(() => null);
        let transfer = sizes ? Math.max(0, sizes.responseBodySize) : 0;
        // Worker scripts report no body size through the page: on a cold load (nothing cached), the
        // server's content-length is the compressed body size.
        if (transfer === 0 && cold && resp && resp.status() === 200) transfer = Number((await resp.headerValue('content-length').catch(() => null)) ?? 0);
        resources.push({
          url: req.url(),
          category: categorize(req.url()),
          transfer,
          status: resp?.status() ?? 0,
          encoding: (await resp?.headerValue('content-encoding').catch(() => null)) ?? null
        });
      })()
    );
  };
  context.on('requestfinished', onFinished);
  const result: LoadResult = { firstChart: null, firstChartSource: null, interactive: null, interactiveSource: null, firstAnswers: null, duckdbReady: null, allLoaded: null, fcp: null, heapUsedMB: null, resources, error: null, notes };
  try {
    if (url) await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    else await page.reload({ waitUntil: 'commit', timeout: timeoutMs });
    const deadline = Date.now() + timeoutMs;
    if (kind === 'bare') {
      await page.waitForFunction(() => {
        const b = (window as unknown as { __bench?: { firstChart: number | null; error: string | null } }).__bench;
        return !!b && (b.firstChart !== null || b.error !== null);
      }, undefined, { timeout: timeoutMs, polling: 50 });
      const b = await page.evaluate(() => (window as unknown as { __bench: Record<string, unknown> }).__bench);
      if (b.error) throw new Error(`bare page: ${b.error}`);
      result.firstChart = b.firstChart as number;
      result.firstChartSource = '__bench.firstChart (after d3 draw + rAF)';
      result.interactive = b.dataLoaded as number;
      result.interactiveSource = '__bench.dataLoaded (DuckDB ready + tables inserted)';
      result.duckdbReady = b.duckdbReady as number;
      result.allLoaded = b.dataLoaded as number;
    } else {
      // Site: poll marks / observer / status until interactive (or error), then allow a short grace for a chart.
      let graceUntil: number | null = null;
      for (;;) {
        const s = await page.evaluate(() => {
          const m = (n: string) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? null;
          const o = (window as unknown as { __benchObs?: { chart: number | null; chartSel: string | null; ready: number | null } }).__benchObs;
          const status = document.querySelector('[data-engine-status]')?.getAttribute('data-engine-status') ?? null;
          return { markChart: m('wpl:first-chart'), markTables: m('wpl:view-tables-loaded'), markInteractive: m('wpl:interactive'), markDuck: m('wpl:duckdb-ready'), obsChart: o?.chart ?? null, obsSel: o?.chartSel ?? null, obsReady: o?.ready ?? null, status };
        });
        // The budget's "interactive": DuckDB ready and the view's tables loaded (as the bare page's dataLoaded).
        const interactive = s.markTables ?? s.markInteractive ?? s.obsReady;
        const chart = s.markChart ?? s.obsChart;
        if (s.status === 'error') {
          const msg = await page.locator('[data-engine-status=error]').first().textContent().catch(() => '');
          throw new Error(`site engine status error: ${(msg ?? '').trim().slice(0, 300)}`);
        }
        if (interactive !== null && graceUntil === null) graceUntil = Date.now() + 3000;
        if ((interactive !== null && chart !== null) || (graceUntil !== null && Date.now() > graceUntil) || Date.now() > deadline) {
          result.interactive = interactive;
          result.interactiveSource =
            s.markTables !== null ? "mark 'wpl:view-tables-loaded'" : s.markInteractive !== null ? "mark 'wpl:interactive'" : s.obsReady !== null ? '[data-engine-status=ready] first seen' : null;
          result.firstChart = chart;
          result.firstChartSource = s.markChart !== null ? "mark 'wpl:first-chart'" : s.obsChart !== null ? `${s.obsSel} first in DOM` : null;
          result.duckdbReady = s.markDuck;
          if (interactive === null) notes.push(`no interactive signal within ${timeoutMs} ms (last engine status: ${s.status})`);
          if (chart === null) notes.push("no chart signal ('wpl:first-chart' mark, [data-chart-ready] or svg[role=img])");
          break;
        }
        await sleep(50);
      }
      // Then wait (bounded) for the view's data (every table and partition the view asked for): the page may
      // keep loading after its first view is interactive;
      // filter and search timings must not include that load.
      for (;;) {
        const s = await page.evaluate(() => ({
          ready: (window as unknown as { __benchObs?: { ready: number | null } }).__benchObs?.ready ?? null,
          status: document.querySelector('[data-engine-status]')?.getAttribute('data-engine-status') ?? null
        }));
        if (s.ready !== null) {
          result.allLoaded = s.ready;
          break;
        }
        if (s.status === null || s.status === 'error' || Date.now() > deadline) {
          notes.push(`view's data loaded ([data-engine-status=ready]) not seen (status ${s.status})`);
          break;
        }
        await sleep(100);
      }
    }
    if (kind === 'site') result.firstAnswers = await page.evaluate(() => performance.getEntriesByName('wpl:interactive', 'mark')[0]?.startTime ?? null);
    result.fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    // A chart in the prerendered HTML is on screen at the first paint, not before.
    if (kind === 'site' && result.firstChart !== null && result.fcp !== null && result.firstChartSource?.includes('first in DOM') && result.fcp > result.firstChart) {
      notes.push(`chart in DOM at ${result.firstChart.toFixed(0)} ms, first paint at ${result.fcp.toFixed(0)} ms: first paint used`);
      result.firstChart = result.fcp;
    }
    const cdp = await context.newCDPSession(page);
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    result.heapUsedMB = heap.usedSize / 1048576;
    await cdp.detach().catch(() => undefined);
  } catch (e) {
    result.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
  } finally {
    await sleep(200);
    await Promise.race([Promise.all(pending), sleep(5000)]);
    context.off('requestfinished', onFinished);
  }
  return result;
}

export interface TimedSeries {
  samples: number[];
  /** Site only: to the whole page settled (hooks that report `settledMs`). */
  settled?: number[];
  error: string | null;
}

/**
 * Site only: opens the view the timings run on and waits (bounded by the load timeout, untimed) until it
 * has answered, so the first timed change does not include the partitions that view loads.
 */
async function openView(page: Page, kind: Kind, which: 'filter' | 'search', loadTimeoutMs: number): Promise<void> {
  if (kind !== 'site') return;
  const has = await page.evaluate(() => typeof (window as any).__wplBench?.open === 'function');
  if (has) await bounded(page.evaluate((w) => (window as any).__wplBench.open(w), which), loadTimeoutMs, `__wplBench.open(${which})`);
}

/** Filter changes: bare → __benchFilter(i); site → window.__wplBench.filter(i) if present. */
export async function measureFilters(page: Page, kind: Kind, n: number, timeoutMs: number, loadTimeoutMs = timeoutMs): Promise<TimedSeries> {
  const fn = kind === 'bare' ? '__benchFilter' : '__wplBench.filter';
  const has = await page.evaluate((k) => (k === 'bare' ? typeof (window as any).__benchFilter === 'function' : typeof (window as any).__wplBench?.filter === 'function'), kind);
  if (!has) return { samples: [], error: `no ${fn}(i) hook on the page` };
  const samples: number[] = [];
  const settled: number[] = [];
  try {
    await openView(page, kind, 'filter', loadTimeoutMs);
    for (let i = 0; i < n; i++) {
      const r = await bounded(timedHook(page, kind, '__benchFilter', 'filter', i), timeoutMs, `${fn}(${i})`);
      samples.push(r.ms);
      if (r.settledMs !== null) settled.push(r.settledMs);
    }
  } catch (e) {
    return { samples, settled, error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  }
  return { samples, settled, error: null };
}

/**
 * Calls a timing hook in the page (bare: window[bareHook](arg), site: __wplBench[siteHook](arg)) and reads
 * its own `ms` (else the time the call took) and, where the hook gives one, `settledMs`.
 */
function timedHook(page: Page, kind: Kind, bareHook: string, siteHook: string, arg: unknown): Promise<{ ms: number; settledMs: number | null }> {
  return page.evaluate(
    async ([k, bare, site, a]) => {
      const f = k === 'bare' ? (window as any)[bare] : (window as any).__wplBench[site];
      const t0 = performance.now();
      const r = await f(a);
      const own = typeof r === 'number' ? r : r && typeof r.ms === 'number' ? r.ms : null;
      return { ms: own ?? performance.now() - t0, settledMs: r && typeof r.settledMs === 'number' ? (r.settledMs as number) : null };
    },
    [kind, bareHook, siteHook, arg] as const
  );
}

/** Free-text search: bare → __benchSearch(q) (contains(description, q), top 20); site → __wplBench.search(q). */
export async function measureSearch(
  page: Page,
  kind: Kind,
  queries: string[],
  reps: number,
  timeoutMs: number,
  loadTimeoutMs = timeoutMs
): Promise<{ byQuery: Record<string, number[]>; settledByQuery: Record<string, number[]>; error: string | null }> {
  const has = await page.evaluate((k) => (k === 'bare' ? typeof (window as any).__benchSearch === 'function' : typeof (window as any).__wplBench?.search === 'function'), kind);
  const byQuery: Record<string, number[]> = {};
  // Site only: to the whole view settled (the total included, which may come after the first page).
  const settledByQuery: Record<string, number[]> = {};
  if (!has) return { byQuery, settledByQuery, error: `no ${kind === 'bare' ? '__benchSearch' : '__wplBench.search'}(q) hook on the page` };
  try {
    await openView(page, kind, 'search', loadTimeoutMs);
    for (const q of queries) {
      byQuery[q] = [];
      settledByQuery[q] = [];
      for (let r = 0; r < reps; r++) {
        const timed = await bounded(timedHook(page, kind, '__benchSearch', 'search', q), timeoutMs, `search(${q})`);
        byQuery[q].push(timed.ms);
        if (timed.settledMs !== null) settledByQuery[q].push(timed.settledMs);
      }
    }
  } catch (e) {
    return { byQuery, settledByQuery, error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  }
  return { byQuery, settledByQuery, error: null };
}
