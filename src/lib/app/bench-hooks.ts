/**
 * Timing hooks for `npm run bench` (bench/harness): performance marks at the moments the budgets name,
 * and `window.__wplBench` entry points that drive the real pages the way a user does (a URL change, a
 * client-side navigation) and resolve when every query of the page has answered and the frame is painted.
 * Reading only: nothing here changes data.
 */
import { goto } from '$app/navigation';
import { base } from '$app/paths';
import { page } from '$app/state';
import { tick } from 'svelte';
import { encodeState } from '$lib/filters/url-state';
import { defaultViewState, type ViewState } from '$lib/filters/view-state';
import { filterOptions, QUERIES, type NamedQuery } from '$lib/queries';
import type { QueryRunner } from '$lib/queries/cache';

export type BenchMark = 'wpl:first-chart' | 'wpl:duckdb-ready' | 'wpl:interactive';

export function markOnce(name: BenchMark): void {
  if (typeof performance === 'undefined' || performance.getEntriesByName(name).length > 0) return;
  performance.mark(name);
}

/** The page that holds the most charts over filtered initiatives: filter changes are timed there. */
const FILTER_VIEW = '/tags/';
const SEARCH_VIEW = '/initiatives/';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export function installBenchHooks(runner: QueryRunner, whenQueriesSettled: () => Promise<void>, queriesInFlight: () => number): void {
  /** Navigate (client-side) to `path` with `state`; resolve when all its queries answered and a frame painted. */
  async function show(path: string, state: ViewState): Promise<void> {
    const query = encodeState(state);
    await goto(`${base}${path}${query ? `?${query}` : ''}`, { keepFocus: true, noScroll: true, replaceState: true });
    // Done when a frame has been painted with no query running and no chart saying it is busy (a URL
    // change reaches the queries through effects, which may start after goto resolves).
    for (;;) {
      await tick();
      await whenQueriesSettled();
      await nextFrame();
      if (!document.querySelector('main [aria-busy="true"]') && queriesInFlight() === 0) break;
    }
  }
  const onView = (path: string) => page.url.pathname === `${base}${path}`;

  let options: { wards: string[]; years: number[] } | null = null;
  async function filterChoices() {
    if (!options) {
      const rows = await runner.run(filterOptions, {});
      options = {
        wards: rows.filter((r) => r.facet === 'ward').map((r) => r.value),
        years: rows.filter((r) => r.facet === 'year').map((r) => Number(r.value))
      };
    }
    return options;
  }

  (globalThis as unknown as { __wplBench?: object }).__wplBench = {
    /**
     * The i-th filter change on the focus-tags view (every chart there redraws): five consecutive fiscal
     * years, and on odd i one ward, like the bare page's __benchFilter. Uncached. Resolves with the ms
     * from the URL change to the painted frame (the first call's navigation to the view is not counted).
     */
    async filter(i: number): Promise<{ ms: number }> {
      const { wards, years } = await filterChoices();
      if (!onView(FILTER_VIEW)) await show(FILTER_VIEW, defaultViewState());
      const from = years.length > 5 ? i % (years.length - 4) : 0;
      const state: ViewState = {
        ...defaultViewState(),
        years: years.slice(from, from + 5),
        wards: i % 2 === 1 && wards.length > 0 ? [wards[i % wards.length]] : []
      };
      runner.clear();
      const t0 = performance.now();
      await show(FILTER_VIEW, state);
      return { ms: performance.now() - t0 };
    },
    /** One named query, uncached, timed alone (no page, no rendering): where a page's time goes. */
    async query(name: string, params: unknown): Promise<{ ms: number; rows: number }> {
      const query = (QUERIES as Record<string, NamedQuery<unknown, unknown>>)[name];
      if (!query) throw new Error(`no named query ${name}`);
      runner.clear();
      const t0 = performance.now();
      const rows = await runner.run(query, params);
      return { ms: performance.now() - t0, rows: rows.length };
    },
    /**
     * Free-text search of titles and descriptions on the initiatives view: from the URL change to the
     * first page of results painted (list, total and everything else the view shows). Uncached.
     */
    async search(q: string): Promise<{ ms: number }> {
      if (!onView(SEARCH_VIEW)) await show(SEARCH_VIEW, defaultViewState());
      runner.clear();
      const t0 = performance.now();
      await show(SEARCH_VIEW, { ...defaultViewState(), q });
      return { ms: performance.now() - t0 };
    }
  };
}
