/**
 * Runs once when the app starts in the browser, before hydration: DuckDB's start-up (worker script,
 * then ~1.3 s of wasm compile) is the long pole of every first visit, so it begins here rather than
 * when the layout hydrates (measured: the worker was requested ~1 s after the entry scripts had loaded).
 */
import type { ClientInit } from '@sveltejs/kit';
import { base } from '$app/paths';
import { engine } from '$lib/app/engine.svelte';
import { bootDuckDBWorker } from '$lib/db/duckdb-worker-boot';

export const init: ClientInit = () => {
  bootDuckDBWorker();
  engine.start(`${base}/data/manifest.json`).catch(() => {
    /* shown by EngineStatus; prerendered content stays */
  });
};
