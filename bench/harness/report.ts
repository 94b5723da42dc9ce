/** Summaries, budgets and the markdown table of a bench run. */
import type { Kind, LoadResult } from './measure';

export interface Stat {
  median: number;
  min: number;
  max: number;
  p95?: number;
  n: number;
}

export interface Metric {
  id: string;
  label: string;
  unit: 'ms' | 'KB' | 'MB';
  site: Stat | null;
  bare: Stat | null;
  /** site median / bare median (same run). */
  ratio: number | null;
  budget: string | null;
  pass: boolean | null;
  reason: string | null;
}

export interface SizeReport {
  label: string;
  initiatives: number;
  note: string | null;
  metrics: Metric[];
  runs: Record<Kind, { cold: RunSummary[]; warm: RunSummary[] }>;
  firstColdResources: Record<Kind, Array<{ url: string; category: string; transfer: number; encoding: string | null }>>;
  hooks: Record<Kind, { filterError: string | null; searchError: string | null; filterSamples: number[]; filterSettledSamples?: number[]; searchByQuery: Record<string, number[]>; searchSettledByQuery?: Record<string, number[]>; returningSearchByQuery?: Record<string, number[]> }>;
}

interface RunSummary {
  firstChart: number | null;
  firstChartSource: string | null;
  interactive: number | null;
  interactiveSource: string | null;
  firstAnswers: number | null;
  duckdbReady: number | null;
  allLoaded: number | null;
  fcp: number | null;
  heapUsedMB: number | null;
  bytesByCategory: Record<string, number>;
  requests: number;
  error: string | null;
  notes: string[];
}

function stat(values: Array<number | null | undefined>): Stat | null {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const q = (p: number) => xs[Math.min(xs.length - 1, Math.max(0, Math.ceil(p * xs.length) - 1))];
  const median = xs.length % 2 ? xs[(xs.length - 1) / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2;
  return { median, min: xs[0], max: xs[xs.length - 1], p95: q(0.95), n: xs.length };
}

function runSummary(r: LoadResult): RunSummary {
  const bytesByCategory: Record<string, number> = {};
  for (const res of r.resources) bytesByCategory[res.category] = (bytesByCategory[res.category] ?? 0) + res.transfer;
  return {
    firstChart: r.firstChart,
    firstChartSource: r.firstChartSource,
    interactive: r.interactive,
    interactiveSource: r.interactiveSource,
    firstAnswers: r.firstAnswers,
    duckdbReady: r.duckdbReady,
    allLoaded: r.allLoaded,
    fcp: r.fcp,
    heapUsedMB: r.heapUsedMB,
    bytesByCategory,
    requests: r.resources.length,
    error: r.error,
    notes: r.notes
  };
}

type SearchResult = { byQuery: Record<string, number[]>; settledByQuery?: Record<string, number[]>; error: string | null };
/** Per page kind: the timings on the last warm page, and the returning visit after them (a reload). */
export type Interactive = Record<
  Kind,
  {
    filter: { samples: number[]; settled?: number[]; error: string | null } | null;
    search: SearchResult | null;
    returning: { load: LoadResult; search: SearchResult | null } | null;
  }
>;

export function summarize(
  set: { label: string; initiatives: number; note: string | null },
  loads: Record<Kind, { cold: LoadResult[]; warm: LoadResult[] }>,
  inter: Interactive,
  siteError: string | null
): SizeReport {
  const runs = {
    bare: { cold: loads.bare.cold.map(runSummary), warm: loads.bare.warm.map(runSummary) },
    site: { cold: loads.site.cold.map(runSummary), warm: loads.site.warm.map(runSummary) }
  };
  const shipped = set.label === 'shipped';
  const is100k = set.initiatives === 100_000;
  const is1M = set.initiatives >= 1_000_000;
  const metrics: Metric[] = [];
  const siteReason = (what: string) => siteError ?? (runs.site.cold.find((r) => r.error)?.error ?? `site gave no ${what}`);

  const add = (id: string, label: string, unit: Metric['unit'], site: Stat | null, bare: Stat | null, budget: { text: string; ok: (s: Stat, b: Stat | null) => boolean } | null, reason?: string | null, useP95 = false) => {
    const sv = site ? (useP95 ? site.p95! : site.median) : null;
    const bv = bare ? (useP95 ? bare.p95! : bare.median) : null;
    const ratio = sv !== null && bv ? sv / bv : null;
    metrics.push({
      id, label, unit, site, bare, ratio,
      budget: budget?.text ?? null,
      pass: budget && site && (bare || !budget.text.includes('bare')) ? budget.ok(site, bare) : null,
      reason: site ? (budget?.text.includes('bare') && !bare ? 'the bare page gave no figure to compare with' : null) : (reason ?? siteReason(label))
    });
  };
  const pick = (kind: Kind, phase: 'cold' | 'warm', f: (r: RunSummary) => number | null) => stat(runs[kind][phase].filter((r) => !r.error).map(f));

  add('cold.firstChart', 'first chart painted, cold (ms)', 'ms', pick('site', 'cold', (r) => r.firstChart), pick('bare', 'cold', (r) => r.firstChart),
    { text: '≤ 0.25× bare', ok: (s, b) => !!b && s.median <= 0.25 * b.median });
  add('cold.interactive', "interactive, cold (ms; DuckDB ready + the view's tables loaded)", 'ms', pick('site', 'cold', (r) => r.interactive), pick('bare', 'cold', (r) => r.interactive),
    shipped || is100k ? { text: '≤ 1.1× bare', ok: (s, b) => !!b && s.median <= 1.1 * b.median } : null);
  add('cold.duckdbReady', 'DuckDB ready, cold (ms)', 'ms', pick('site', 'cold', (r) => r.duckdbReady), pick('bare', 'cold', (r) => r.duckdbReady), null,
    "site sets no 'wpl:duckdb-ready' mark");
  add('cold.firstAnswers', "every query of the view answered, cold (ms; site only: the bare page's data-loaded runs no query)", 'ms',
    pick('site', 'cold', (r) => r.firstAnswers), null, null, "site sets no 'wpl:interactive' mark");
  add('cold.allLoaded', 'view’s data loaded, cold (ms; site: [data-engine-status=ready], the tables and partitions its view needs; bare = interactive, every table)', 'ms', pick('site', 'cold', (r) => r.allLoaded), pick('bare', 'cold', (r) => r.allLoaded), null);
  add('warm.firstChart', 'first chart painted, warm reload (ms)', 'ms', pick('site', 'warm', (r) => r.firstChart), pick('bare', 'warm', (r) => r.firstChart), null);
  add('warm.interactive', 'interactive, warm reload (ms)', 'ms', pick('site', 'warm', (r) => r.interactive), pick('bare', 'warm', (r) => r.interactive), null);

  const fS = stat(inter.site.filter?.samples ?? []);
  const fB = stat(inter.bare.filter?.samples ?? []);
  const filterReason = siteError ?? inter.site.filter?.error ?? 'not measured (site load failed)';
  add('filter.p50', 'filter change p50 (ms)', 'ms', fS, fB, null, filterReason);
  add('filter.p95', 'filter change p95 (ms)', 'ms', fS, fB,
    shipped || is100k ? { text: '≤ 100 ms', ok: (s) => s.p95! <= 100 } : is1M ? { text: '≤ 500 ms', ok: (s) => s.p95! <= 500 } : null, filterReason, true);
  // Not a budget: the same changes until the whole page is quiet, the list under the charts included.
  const settled = inter.site.filter?.settled ?? [];
  add('filter.settled.p95', 'filter change, whole page settled p95 (ms; list under the charts included)', 'ms',
    settled.length > 0 ? stat(settled) : null, null, null, filterReason, true);

  const sS = stat(Object.values(inter.site.search?.byQuery ?? {}).flat());
  const sB = stat(Object.values(inter.bare.search?.byQuery ?? {}).flat());
  const searchReason = siteError ?? inter.site.search?.error ?? 'not measured (site load failed)';
  add('search.median', 'Japanese free-text search, median over queries (ms; to the first page of results painted: the bare page shows its top 20)', 'ms', sS, sB,
    is100k ? { text: '≤ 100 ms', ok: (s) => s.median <= 100 } : is1M ? { text: '≤ 0.5× bare contains()', ok: (s, b) => !!b && s.median <= 0.5 * b.median } : null,
    searchReason);
  // Not a budget: the same searches until the view is quiet, the total of matches included.
  const searchSettled = Object.values(inter.site.search?.settledByQuery ?? {}).flat();
  add('search.settled.median', 'Japanese free-text search, whole view settled, median (ms; the total of matches counted too)', 'ms',
    searchSettled.length > 0 ? stat(searchSettled) : null, null, null, searchReason);

  // Not budgets: the same profile reloaded after the filter changes and searches (a returning visit).
  const returningLoad = (kind: Kind) => inter[kind].returning?.load ?? null;
  const returningStat = (kind: Kind) => {
    const load = returningLoad(kind);
    return load && !load.error && load.interactive !== null ? stat([load.interactive]) : null;
  };
  const returningReason = siteError ?? returningLoad('site')?.error ?? 'not measured (the returning visit runs up to 300k initiatives, after the last warm page)';
  add('returning.interactive', 'interactive, returning visit (ms; the search view reloaded after the filter changes and searches: another view than the cold and warm rows)', 'ms',
    returningStat('site'), returningStat('bare'), null, returningReason);
  add('returning.search.median', 'Japanese free-text search, returning visit, median over queries (ms)', 'ms',
    stat(Object.values(inter.site.returning?.search?.byQuery ?? {}).flat()), stat(Object.values(inter.bare.returning?.search?.byQuery ?? {}).flat()), null,
    inter.site.returning?.search?.error ?? returningReason);

  const kb = (kind: Kind, phase: 'cold' | 'warm', cat: string | string[]) =>
    pick(kind, phase, (r) => (Array.isArray(cat) ? cat : [cat]).reduce((s, c) => s + (r.bytesByCategory[c] ?? 0), 0) / 1024);
  add('bytes.ownJs', 'own JS on first load, compressed (KB; excl. duckdb worker + wasm)', 'KB', kb('site', 'cold', 'own-js'), kb('bare', 'cold', 'own-js'),
    { text: '≤ 150 KB', ok: (s) => s.median <= 150 });
  add('bytes.html+css', 'HTML + CSS, cold (KB)', 'KB', kb('site', 'cold', ['html', 'css']), kb('bare', 'cold', ['html', 'css']), null);
  add('bytes.data', 'data files + manifest, cold, until the view’s data loaded (KB)', 'KB', kb('site', 'cold', ['data', 'manifest']), kb('bare', 'cold', ['data', 'manifest']), null);
  add('bytes.duckdb', 'duckdb worker + wasm, cold (KB)', 'KB', kb('site', 'cold', ['duckdb-worker', 'duckdb-wasm']), kb('bare', 'cold', ['duckdb-worker', 'duckdb-wasm']), null);
  add('bytes.total.cold', 'all transfer, cold (KB)', 'KB', pick('site', 'cold', (r) => sumAll(r) / 1024), pick('bare', 'cold', (r) => sumAll(r) / 1024), null);
  add('bytes.total.warm', 'all transfer, warm reload (KB)', 'KB', pick('site', 'warm', (r) => sumAll(r) / 1024), pick('bare', 'warm', (r) => sumAll(r) / 1024), null);
  add('heap.cold', 'JS heap used, main thread, after the view’s data loaded (MB)', 'MB', pick('site', 'cold', (r) => r.heapUsedMB), pick('bare', 'cold', (r) => r.heapUsedMB), null);

  const firstRes = (kind: Kind) => (loads[kind].cold[0]?.resources ?? []).map((r) => ({ url: new URL(r.url).pathname, category: r.category, transfer: r.transfer, encoding: r.encoding }));
  return {
    label: set.label,
    initiatives: set.initiatives,
    note: set.note,
    metrics,
    runs,
    firstColdResources: { bare: firstRes('bare'), site: firstRes('site') },
    hooks: {
      bare: { filterError: inter.bare.filter?.error ?? null, searchError: inter.bare.search?.error ?? null, filterSamples: inter.bare.filter?.samples ?? [], searchByQuery: inter.bare.search?.byQuery ?? {}, returningSearchByQuery: inter.bare.returning?.search?.byQuery ?? {} },
      site: { filterError: inter.site.filter?.error ?? null, searchError: inter.site.search?.error ?? null, filterSamples: inter.site.filter?.samples ?? [], filterSettledSamples: inter.site.filter?.settled ?? [], searchByQuery: inter.site.search?.byQuery ?? {}, searchSettledByQuery: inter.site.search?.settledByQuery ?? {}, returningSearchByQuery: inter.site.returning?.search?.byQuery ?? {} }
    }
  };
}

const sumAll = (r: RunSummary) => Object.values(r.bytesByCategory).reduce((a, b) => a + b, 0);

function cell(s: Stat | null, unit: string, p95 = false): string {
  if (!s) return '—';
  const d = unit === 'ms' ? 0 : 1;
  const v = (x: number) => x.toFixed(d);
  return p95 ? `${v(s.p95!)} (p50 ${v(s.median)}, max ${v(s.max)}, n=${s.n})` : `${v(s.median)} (${v(s.min)}–${v(s.max)}${s.n > 1 ? `, n=${s.n}` : ''})`;
}

export function renderMarkdown(result: {
  command: string;
  date: string;
  durationSec: number;
  machine: { nproc: number; memGB: number; chromium: string; node: string; cpu: string | null };
  git: string | null;
  settings: { runs: number; filterChanges: number; searchReps: number; searchQueries: string[]; sitePath: string };
  notes: string[];
  sizes: SizeReport[];
}): string {
  const L: string[] = [];
  L.push('# Ward Plan Lens benchmark: site vs bare duckdb-wasm + d3 page (same run)', '');
  L.push(`- Command: \`${result.command}\``);
  L.push(`- Date: ${result.date} (took ${result.durationSec} s); git ${result.git ?? '?'}`);
  L.push(`- Machine: ${result.machine.nproc} cores (${result.machine.cpu ?? '?'}), ${result.machine.memGB} GB, Chromium ${result.machine.chromium} (Debian, headless), Node ${result.machine.node}`);
  L.push(`- Runs: ${result.settings.runs} cold (fresh profile) + ${result.settings.runs} warm (reload) per page and size, bare and site interleaved; ${result.settings.filterChanges} filter changes and ${result.settings.searchReps}× each search query (${result.settings.searchQueries.join(', ')}) on the last warm page; then, up to 300k initiatives, that page reloaded after a 3 s pause (a returning visit: interactive, and the searches again). Site path \`${result.settings.sitePath}\`.`);
  L.push('- Data: synthetic sets (manifest synthetic: true) served at /data/ of both pages; the site build\'s own data is shadowed, not overwritten. Static server on 127.0.0.1, brotli (11 for assets, 9 for data files).');
  L.push('- Times are ms from navigation start; "site median (min–max)"; ratio = site median / bare median of the same run. p95 rows show p95 (p50, max).', '');
  const footnotes: string[] = [];
  const fn = (reason: string) => {
    const short = reason.length > 400 ? `${reason.slice(0, 400)}…` : reason;
    let i = footnotes.indexOf(short);
    if (i < 0) i = footnotes.push(short) - 1;
    return `[${i + 1}]`;
  };
  for (const s of result.sizes) {
    L.push(`## ${s.label}: ${s.initiatives.toLocaleString('en')} initiatives${s.note ? ` (${s.note})` : ''}`, '');
    L.push('| metric | size | site median (min–max) | bare median (min–max) | ratio | budget | pass |');
    L.push('|---|---|---:|---:|---:|---|---|');
    for (const m of s.metrics) {
      const p95 = m.id === 'filter.p95' || m.id === 'filter.settled.p95';
      const pass = m.pass === null ? (m.budget ? `n/a${m.reason ? ` ${fn(m.reason)}` : ''}` : '') : m.pass ? 'PASS' : '**FAIL**';
      L.push(`| ${m.label} | ${s.label} | ${m.site ? cell(m.site, m.unit, p95) : `null ${fn(m.reason ?? 'no value')}`} | ${cell(m.bare, m.unit, p95)} | ${m.ratio === null ? '—' : `${m.ratio.toFixed(2)}×`} | ${m.budget ?? ''} | ${pass} |`);
    }
    const srcs = (k: Kind) => [...new Set(s.runs[k].cold.flatMap((r) => [r.firstChartSource, r.interactiveSource]).filter(Boolean))].join('; ');
    L.push('', `Signals used: site: ${srcs('site') || 'none'}; bare: ${srcs('bare')}.`);
    const errs = (['site', 'bare'] as Kind[]).flatMap((k) => [...s.runs[k].cold, ...s.runs[k].warm].flatMap((r) => [...(r.error ? [`${k}: ${r.error}`] : []), ...r.notes.map((n) => `${k}: ${n}`)]));
    const uniq = [...new Set(errs)];
    if (uniq.length) L.push('', 'Run notes:', ...uniq.slice(0, 12).map((e) => `- ${e.length > 400 ? `${e.slice(0, 400)}…` : e}`));
    L.push('');
  }
  if (footnotes.length) L.push('## Why a site figure is null', '', ...footnotes.map((f, i) => `${i + 1}. ${f}`), '');
  if (result.notes.length) L.push('## Notes', '', ...[...new Set(result.notes)].map((n) => `- ${n}`), '');
  return L.join('\n');
}
