/*
 * The DuckDB worker the app starts (src/head/duckdb-boot.js, src/lib/db/duckdb-browser.ts): duckdb-wasm's
 * own worker script, run with TransformStream hidden. src/build/duckdb-files.ts writes one copy per
 * bundle, static/duckdb/<version>/wpl-duckdb-<bundle>.worker.js, with the file name filled in.
 *
 * Why: duckdb-wasm 1.32 counts the wasm download's bytes for its progress events by piping the fetched
 * body through a TransformStream and compiling a Response it builds around that stream. A Response
 * built that way has no URL, so Chromium cannot keep the compiled code: every visit compiled the 34 MB
 * module again. Without TransformStream, duckdb-wasm takes its own other branch and compiles the fetch()
 * Response itself, which Chromium caches with the compiled code (docs/scaling.md, "Compiled code kept
 * between visits": it works; on the reference machine it did not measurably speed anything up). The app
 * reads no instantiation progress.
 */
'use strict';
(function () {
  /** duckdb-wasm says this once per start on the branch taken here; it is expected, not a fault. */
  var EXPECTED_NOTICE = 'instantiating without progress handler since transform streams are unavailable';
  var warn = console.warn;
  /** @param {unknown[]} args */
  console.warn = function (...args) {
    if (args.length === 1 && args[0] === EXPECTED_NOTICE) return;
    warn.apply(console, args);
  };
  /** @type {any} */
  var scope = self;
  scope.TransformStream = undefined;
  scope.importScripts('__DUCKDB_WORKER__');
})();
