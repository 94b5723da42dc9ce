/**
 * Performance marks at the moments the benchmark's budgets name (bench/harness reads them): each is set
 * once per page load. duckdb-ready: the engine answers; view-tables-loaded: and the tables of the view's
 * queries are in; interactive: every query of the view has answered.
 */
export type BenchMark = 'wpl:first-chart' | 'wpl:duckdb-ready' | 'wpl:view-tables-loaded' | 'wpl:interactive';

/** Names already marked: asking the performance timeline each time scanned every SQL measure (~1 ms a query). */
const marked = new Set<BenchMark>();

export function markOnce(name: BenchMark): void {
  if (typeof performance === 'undefined' || marked.has(name)) return;
  marked.add(name);
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}
