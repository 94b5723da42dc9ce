/**
 * The BARE page of the performance baseline: what the stack costs with no product code. AsyncDuckDB (eh
 * bundle, self-hosted via ?url) in a worker; the initiatives Arrow files listed in a manifest are fetched
 * and inserted with insertArrowFromIPCStream; GROUP BY ward; a d3 bar chart. Timings (ms since navigation
 * start) go to performance marks and window.__bench; window.__benchSearch(q) and window.__benchFilter(i)
 * run one query each and return ms.
 * Manifest URL: ?manifest=… (default ./data/manifest.json).
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { max, scaleBand, scaleLinear, select } from 'd3';

interface BenchState {
  duckdbReady: number | null;
  dataLoaded: number | null;
  firstChart: number | null;
  rows: number | null;
  files: number | null;
  bundle: string | null;
  error: string | null;
}
const bench: BenchState = { duckdbReady: null, dataLoaded: null, firstChart: null, rows: null, files: null, bundle: null, error: null };
const w = window as unknown as Record<string, unknown>;
w.__bench = bench;

const statusEl = document.getElementById('status')!;
const setStatus = (s: string, text: string) => {
  statusEl.dataset.status = s;
  statusEl.textContent = text;
};
const mark = (name: keyof BenchState & ('duckdbReady' | 'dataLoaded' | 'firstChart')) => {
  performance.mark(`bare:${name}`);
  bench[name] = performance.now();
};

interface ManifestFile { format: string; path: string; rows: number }
interface Manifest { tables: Array<{ name: string; files: ManifestFile[] }> }

let conn: duckdb.AsyncDuckDBConnection;
const WARDS_LIMIT = 40;
const FETCH_AHEAD = 8;

function draw(rows: Array<{ ward: string; n: number }>) {
  const width = 720;
  const barH = 18;
  const height = rows.length * barH + 30;
  const x = scaleLinear().domain([0, max(rows, (d) => d.n) ?? 1]).range([0, width - 140]);
  const y = scaleBand().domain(rows.map((d) => d.ward)).range([20, height - 10]).padding(0.15);
  const root = select('#chart');
  let svg = root.select<SVGSVGElement>('svg');
  if (svg.empty()) svg = root.append('svg').attr('role', 'img').attr('aria-label', '区ごとの取組数');
  svg.attr('width', width).attr('height', height);
  const g = svg.selectAll<SVGGElement, { ward: string; n: number }>('g.bar').data(rows, (d) => d.ward).join((enter) => {
    const e = enter.append('g').attr('class', 'bar');
    e.append('rect');
    e.append('text').attr('class', 'label');
    return e;
  });
  g.attr('transform', (d) => `translate(0,${y(d.ward)})`);
  g.select('rect').attr('x', 100).attr('height', y.bandwidth()).attr('width', (d) => x(d.n)).attr('fill', '#3b6ea5');
  g.select('text.label').attr('x', 95).attr('y', y.bandwidth() - 3).attr('text-anchor', 'end').attr('font-size', 12).text((d) => `${d.ward} ${d.n}`);
  svg.attr('data-chart-ready', String(performance.now()));
}

async function groupByWard(where = '', params: unknown[] = []) {
  const sql = `SELECT p.ward AS ward, count(*)::INTEGER AS n FROM initiatives i JOIN plans p USING (plan_id) ${where} GROUP BY 1 ORDER BY 1 LIMIT ${WARDS_LIMIT}`;
  const stmt = await conn.prepare(sql);
  try {
    const res = await stmt.query(...params);
    return res.toArray().map((r) => ({ ward: String(r.ward), n: Number(r.n) }));
  } finally {
    await stmt.close();
  }
}

async function main() {
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasmUrl, mainWorker: mvpWorkerUrl },
    eh: { mainModule: ehWasmUrl, mainWorker: ehWorkerUrl }
  });
  bench.bundle = bundle.mainModule.includes('-eh') ? 'eh' : 'mvp';
  const manifestUrl = new URL(new URLSearchParams(location.search).get('manifest') ?? './data/manifest.json', location.href).href;
  const manifestP = fetch(manifestUrl).then((r) => {
    if (!r.ok) throw new Error(`manifest HTTP ${r.status}`);
    return r.json() as Promise<Manifest>;
  });
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await db.open({ query: { castBigIntToDouble: true } });
  conn = await db.connect();
  await conn.query('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;');
  mark('duckdbReady');
  setStatus('loading', 'loading data…');

  const manifest = await manifestP;
  // The chart needs initiatives (all partitions) and plans (ward names): fetch in parallel, insert in order.
  const wanted = ['plans', 'initiatives'];
  let files = 0;
  let rows = 0;
  for (const name of wanted) {
    const table = manifest.tables.find((t) => t.name === name);
    if (!table) throw new Error(`manifest has no ${name}`);
    const arrow = table.files.filter((f) => f.format === 'arrow');
    // Fetches run ahead of the inserts, at most FETCH_AHEAD in flight (1M rows = 1,590 files: firing
    // them all at once fails with "Failed to fetch"); inserts stay in order.
    const get = (f: ManifestFile) =>
      fetch(new URL(f.path, manifestUrl)).then(async (r) => {
        if (!r.ok) throw new Error(`${f.path}: HTTP ${r.status}`);
        return new Uint8Array(await r.arrayBuffer());
      });
    const inflight: Array<Promise<Uint8Array>> = [];
    let next = 0;
    const topUp = () => {
      while (next < arrow.length && inflight.length < FETCH_AHEAD) inflight.push(get(arrow[next++]));
    };
    topUp();
    for (let i = 0; i < arrow.length; i++) {
      const bytes = await inflight.shift()!;
      topUp();
      await conn.insertArrowFromIPCStream(bytes, { name, create: i === 0 });
      files++;
      if (name === 'initiatives') rows += arrow[i].rows;
    }
  }
  bench.files = files;
  bench.rows = rows;
  mark('dataLoaded');
  draw(await groupByWard());
  // Paint, then mark: the chart is in the DOM and a frame has been produced.
  await new Promise<void>((r) => requestAnimationFrame(() => r()));
  mark('firstChart');
  setStatus('ready', `ready: ${rows} initiatives`);
  document.body.dataset.engineStatus = 'ready';
}

/** contains(description, q), top 20: returns ms (query + materialising the rows). */
w.__benchSearch = async (q: string): Promise<{ ms: number; rows: number }> => {
  const t0 = performance.now();
  const stmt = await conn.prepare('SELECT initiative_id, title FROM initiatives WHERE contains(description, ?) ORDER BY initiative_id LIMIT 20');
  try {
    const res = await stmt.query(q);
    const rows = res.toArray().length;
    return { ms: performance.now() - t0, rows };
  } finally {
    await stmt.close();
  }
};

/** One filter change: ward × year range → count by ward, chart redrawn and painted. Returns ms. */
w.__benchFilter = async (i: number): Promise<{ ms: number }> => {
  const t0 = performance.now();
  const ward = `合成区${String((i % 18) + 1).padStart(2, '0')}`;
  const from = 2012 + (i % 10);
  const rows = await groupByWard('WHERE p.fiscal_year BETWEEN ? AND ? AND (p.ward = ? OR ? = 0)', [from, from + 4, ward, i % 2]);
  draw(rows);
  await new Promise<void>((r) => requestAnimationFrame(() => r()));
  return { ms: performance.now() - t0 };
};

main().catch((e: unknown) => {
  bench.error = e instanceof Error ? e.message : String(e);
  setStatus('error', `error: ${bench.error}`);
});
