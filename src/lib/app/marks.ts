/**
 * Performance marks at the moments the benchmark's budgets name (bench/harness reads them): each is set
 * once per page load. duckdb-ready: the engine answers; view-tables-loaded: and the tables of the view's
 * queries are in; interactive: every query of the view has answered.
 */
export type BenchMark = 'wpl:first-chart' | 'wpl:duckdb-ready' | 'wpl:view-tables-loaded' | 'wpl:interactive';

export function markOnce(name: BenchMark): void {
  if (typeof performance === 'undefined' || performance.getEntriesByName(name).length > 0) return;
  performance.mark(name);
}
