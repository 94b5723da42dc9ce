/**
 * Runs once when the app starts in the browser, before hydration: the tables start loading (and DuckDB,
 * if the head script, src/head/duckdb-boot.js, has not started it already) rather than when the layout
 * hydrates.
 */
import type { ClientInit } from '@sveltejs/kit';
import { base } from '$app/paths';
import { engine } from '$lib/app/engine.svelte';

export const init: ClientInit = () => {
  engine.start(`${base}/data/manifest.json`).catch(() => {
    /* shown by EngineStatus; prerendered content stays */
  });
};
