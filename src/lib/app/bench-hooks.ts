/**
 * Timing hooks for `npm run bench` (bench/harness): performance marks at the moments the budgets name,
 * and a search entry point that times the same named query the initiatives page runs. Reading only.
 */
import { emptyFilters } from '$lib/filters/filters';
import { initiativeList } from '$lib/queries';
import type { QueryRunner } from '$lib/queries/cache';

export function markOnce(name: 'wpl:first-chart' | 'wpl:interactive'): void {
  if (typeof performance === 'undefined' || performance.getEntriesByName(name).length > 0) return;
  performance.mark(name);
}

export function installBenchHooks(runner: QueryRunner): void {
  (globalThis as unknown as { __wplBench?: object }).__wplBench = {
    /** Milliseconds for a free-text search of titles and descriptions (first 20 rows, uncached). */
    async search(q: string): Promise<number> {
      runner.clear();
      const t0 = performance.now();
      await runner.run(initiativeList, { filters: { ...emptyFilters(), q }, sort: 'ward', dir: 'asc', limit: 20 });
      return performance.now() - t0;
    }
  };
}
