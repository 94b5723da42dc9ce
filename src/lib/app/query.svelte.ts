/**
 * Reactive result of a named query. Re-runs when its params or the tables change; the last request
 * wins, so a slow stale result never replaces a newer one on screen.
 */
import type { NamedQuery, QueryReader } from '$lib/queries/define';
import { engine } from './engine.svelte';
import { markOnce } from './marks';

/** Queries in flight on the page, so "every chart updated" can be awaited (benchmark, tests). */
let inFlight = 0;
let settledWaiters: (() => void)[] = [];
function started() {
  inFlight++;
}
function finished() {
  inFlight--;
  if (inFlight > 0) return;
  // Every query the page asked for has answered: the view is interactive.
  markOnce('wpl:interactive');
  const waiters = settledWaiters;
  settledWaiters = [];
  for (const w of waiters) w();
}
export const queriesInFlight = (): number => inFlight;

/** Resolves once no query of the page is running (at once when none is). */
export function whenQueriesSettled(): Promise<void> {
  if (inFlight === 0) return Promise.resolve();
  return new Promise((resolve) => settledWaiters.push(resolve));
}

/** Counts a page's own load (not a named query's run) as a query in flight until it settles. */
export function trackLoad<T>(load: Promise<T>): Promise<T> {
  started();
  return load.finally(finished);
}

export interface QueryOptions {
  /**
   * Start only once the frame after the change is painted: for content below the charts (a list),
   * whose answer would otherwise often land while the charts' new frame is being made and delay it
   * (measured at 100k on 重点・テーマ: the list behind the selection pushed chart updates past 100 ms).
   */
  afterPaint?: boolean;
}

/** Resolves after the next frame has been painted (a task queued from requestAnimationFrame runs after it). */
function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame === 'undefined') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export class QueryState<P, R> {
  rows = $state.raw<R[]>([]);
  /** The params `rows` answer (the same object params() returned): tells a result from a stale one. */
  rowsFor = $state.raw<P | null>(null);
  loading = $state(true);
  error = $state<string | null>(null);
  #ticket = 0;

  constructor(query: NamedQuery<P, R> | QueryReader<P, R>, params: () => P | null, opts: QueryOptions = {}) {
    $effect(() => {
      const p = params();
      const runner = engine.runner;
      void engine.version;
      if (!runner || p === null) {
        this.loading = engine.status !== 'error' && p !== null;
        if (engine.status === 'error' && !runner) this.error = engine.error;
        return;
      }
      const ticket = ++this.#ticket;
      this.loading = true;
      started();
      const run = (): Promise<R[]> => {
        if (ticket !== this.#ticket) return Promise.resolve([]);
        return 'read' in query ? query.read(runner, p) : runner.run(query, p);
      };
      (opts.afterPaint ? afterPaint().then(run) : run())
        .then((rows) => {
          if (ticket !== this.#ticket) return;
          this.rows = rows as R[];
          this.rowsFor = p;
          this.error = null;
          this.loading = false;
        })
        .catch((e: unknown) => {
          if (ticket !== this.#ticket) return;
          this.error = e instanceof Error ? e.message : String(e);
          this.loading = false;
        })
        .finally(finished);
    });
  }
}

/** `const q = useQuery(initiativeList, () => ({ ...filters }))` inside a component's script (a named query or a reader). */
export function useQuery<P, R>(query: NamedQuery<P, R> | QueryReader<P, R>, params: () => P | null, opts?: QueryOptions): QueryState<P, R> {
  return new QueryState(query, params, opts);
}
