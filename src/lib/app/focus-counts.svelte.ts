/**
 * The 重点・テーマ page's three counts (themes by ward, markers by ward, theme pairs). The focus cube is
 * read once per table version; a filter change is then counted from it synchronously, so every chart of
 * the page changes in the same frame and no stale answer can arrive later. Filters the cube cannot
 * answer (free text, pillars), or a cube that cannot be built, fall back to the SQL queries.
 */
import type { Filters } from '$lib/filters/filters';
import { assembleFocusCube, cubeAnswers, focusFromCube, type FocusCube, type FocusCounts as Counts } from '$lib/focus/cube';
import { focusCubeBits, focusCubeMarkerLabels, focusCubePlans, focusCubeRows, markerCountsByWard, themeCooccurrence, themeCountsByWard } from '$lib/queries';
import { engine } from './engine.svelte';
import { trackLoad, useQuery } from './query.svelte';

/** What a chart reads: the same shape as a QueryState. */
export interface CountsView<R> {
  readonly rows: R[];
  readonly loading: boolean;
  readonly error: string | null;
}

type CubeState = { kind: 'loading' } | { kind: 'ready'; cube: FocusCube } | { kind: 'unavailable' };

export class FocusCounts {
  #cube = $state.raw<CubeState>({ kind: 'loading' });
  #filters: () => Filters;
  #fromCube = $derived.by<Counts | null>(() => {
    const state = this.#cube;
    const f = this.#filters();
    return state.kind === 'ready' && cubeAnswers(f) ? focusFromCube(state.cube, f) : null;
  });
  #sql;

  constructor(filters: () => Filters) {
    this.#filters = filters;
    let ticket = 0;
    $effect(() => {
      const runner = engine.runner;
      void engine.version;
      if (!runner) return;
      const mine = ++ticket;
      this.#cube = { kind: 'loading' };
      // Not through the result cache: the rows become typed arrays here (1M row objects held twice
      // made the main thread's heap 200 MB at 1M initiatives).
      const parts = Promise.all([
        runner.runOnce(focusCubePlans, {}),
        runner.runOnce(focusCubeBits, {}),
        runner.runOnce(focusCubeMarkerLabels, {}),
        runner.runOnce(focusCubeRows, {})
      ]);
      trackLoad(parts).then(
        ([plans, bits, labels, rows]) => {
          if (mine !== ticket) return;
          const cube = assembleFocusCube(plans, bits, labels, rows);
          this.#cube = cube ? { kind: 'ready', cube } : { kind: 'unavailable' };
        },
        () => {
          // The SQL queries then say what is wrong in each chart (they read the same tables).
          if (mine === ticket) this.#cube = { kind: 'unavailable' };
        }
      );
    });
    const sqlFilters = () => {
      const f = this.#filters();
      const state = this.#cube;
      return state.kind === 'unavailable' || (state.kind === 'ready' && !cubeAnswers(f)) ? f : null;
    };
    this.#sql = {
      themeCounts: useQuery(themeCountsByWard, sqlFilters),
      markerCounts: useQuery(markerCountsByWard, sqlFilters),
      pairs: useQuery(themeCooccurrence, sqlFilters)
    };
  }

  #view<K extends keyof Counts>(key: K): CountsView<Counts[K][number]> {
    const counted = this.#fromCube;
    if (counted) return { rows: counted[key], loading: false, error: null };
    if (this.#cube.kind === 'loading') return { rows: [], loading: true, error: null };
    return this.#sql[key] as CountsView<Counts[K][number]>;
  }
  get themeCounts() {
    return this.#view('themeCounts');
  }
  get markerCounts() {
    return this.#view('markerCounts');
  }
  get pairs() {
    return this.#view('pairs');
  }
}
