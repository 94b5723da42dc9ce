/**
 * Timing hooks for `npm run bench` (bench/harness; the performance marks are in marks.ts):
 * `window.__wplBench` entry points that drive the real pages the way a user does (a URL change, a
 * client-side navigation) and resolve when every query of the page has answered and the frame is painted.
 * Reading only: nothing here changes data.
 */
import { goto } from '$app/navigation';
import { base } from '$app/paths';
import { page } from '$app/state';
import { tick } from 'svelte';
import { currentState, setState } from './url-state.svelte';
import { encodeState } from '$lib/filters/url-state';
import { defaultViewState, type ViewState } from '$lib/filters/view-state';
import { filterOptions, QUERIES, type NamedQuery } from '$lib/queries';
import type { QueryRunner } from '$lib/queries/cache';

/** The page that holds the most charts over filtered initiatives: filter changes are timed there. */
const FILTER_VIEW = '/tags/';
const SEARCH_VIEW = '/initiatives/';

const CHART_BUSY = 'main .chart-card[aria-busy="true"]';
/** The initiatives view's list showing the rows of the current state (routes/initiatives/+page.svelte). */
const LIST_ANSWERED = 'main table[data-table="initiatives"][data-list-state="answered"]';
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export function installBenchHooks(runner: QueryRunner, whenQueriesSettled: () => Promise<void>, queriesInFlight: () => number): void {
  /**
   * Navigate (client-side) to `path` with `state`. Resolves with two moments: `charts`, the first painted
   * frame where `firstShown` holds (by default: no chart card is busy, every chart shows the new state),
   * and `settled`, the first painted
   * frame with no query running and nothing busy (lists below the charts included). A URL change reaches
   * the queries through effects, which may start after goto resolves: hence the tick before each look.
   */
  async function show(path: string, state: ViewState, firstShown: () => boolean = () => !document.querySelector(CHART_BUSY)): Promise<{ charts: number; settled: number }> {
    // As the app does it: a shallow URL change on the same page (setState), a navigation to another.
    if (onView(path)) await setState(state, { replace: true });
    else {
      const query = encodeState(state);
      await goto(`${base}${path}${query ? `?${query}` : ''}`, { keepFocus: true, noScroll: true, replaceState: true });
    }
    let charts: number | null = null;
    for (;;) {
      await tick();
      if (charts === null) {
        if (firstShown()) {
          await nextFrame();
          if (firstShown()) charts = performance.now();
          continue;
        }
        // Looked at every frame while queries run: the first content may come before the last query.
        if (queriesInFlight() > 0) {
          await nextFrame();
          continue;
        }
      }
      await whenQueriesSettled();
      await nextFrame();
      if (!document.querySelector('main [aria-busy="true"]') && queriesInFlight() === 0) {
        const settled = performance.now();
        return { charts: charts ?? settled, settled };
      }
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
     * years, and on odd i one ward, like the bare page's __benchFilter. Query results uncached (the focus
     * cube, read once per table version, stays: a user's filter change does not re-read it either).
     * Resolves with `ms` from the URL change to every chart painted with the new state, and `settledMs` to
     * the whole page settled (the list of initiatives behind the selection included). The first call's
     * navigation to the view is not counted.
     */
    async filter(i: number): Promise<{ ms: number; settledMs: number }> {
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
      const { charts, settled } = await show(FILTER_VIEW, state);
      return { ms: charts - t0, settledMs: settled - t0 };
    },
    /**
     * Opens the view the filter ('filter') or search ('search') timings run on, in its default state, and
     * resolves once every query of it has answered: with per-view partitions that is when the data the
     * view needs is in. Untimed, so that no timing includes a load.
     */
    async open(which: 'filter' | 'search'): Promise<void> {
      await show(which === 'filter' ? FILTER_VIEW : SEARCH_VIEW, defaultViewState());
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
     * Free-text search of titles and descriptions on the initiatives view. Resolves with `ms`, from the URL
     * change to the first page of results painted (the rows of the new query, as the bare page's top 20),
     * and `settledMs`, to the whole view settled (the total too, which may be counted after the page:
     * initiative-page.ts). Uncached. Each call starts from the view without a query (untimed), as a user
     * types into an empty box: timing a change to the state already shown would time nothing. Throws if
     * the timed change ran no SQL.
     */
    async search(q: string): Promise<{ ms: number; settledMs: number }> {
      const searched = { ...defaultViewState(), q };
      if (!onView(SEARCH_VIEW) || currentState().state.q !== '') await show(SEARCH_VIEW, defaultViewState());
      runner.clear();
      const statementsBefore = performance.getEntriesByName('wpl:sql').length;
      const t0 = performance.now();
      const { charts: firstPage, settled } = await show(SEARCH_VIEW, searched, () => document.querySelector(LIST_ANSWERED) !== null);
      if (performance.getEntriesByName('wpl:sql').length === statementsBefore) {
        throw new Error(`search(${q}): the URL change ran no SQL statement, so nothing was timed`);
      }
      return { ms: firstPage - t0, settledMs: settled - t0 };
    }
  };
}
