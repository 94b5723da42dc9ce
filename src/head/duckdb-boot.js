/*
 * Starts duckdb-wasm before the app's own modules have arrived: a classic script in <head>
 * (src/app.html), copied to static/duckdb/boot.js by src/build/copy-duckdb.ts, which also puts the
 * worker and wasm files of the installed duckdb-wasm into static/duckdb/<version>/.
 *
 * Why: the worker script, the wasm download and its compile are the long pole of a first visit
 * (~3 s on the reference machine). Started from the app (hooks.client.ts), the worker was created only
 * after SvelteKit's ~15 entry modules had loaded and run: ~1.2 s later than here.
 *
 * It posts the one message AsyncDuckDB.instantiate() would post (duckdb-wasm 1.32's worker protocol:
 * { messageId, type: 'INSTANTIATE', data: [wasmUrl, pthreadWorkerUrl] }, answered by
 * { requestId, type: 'OK' | 'ERROR' } after progress messages) and leaves the worker in
 * window.__wplDuckDBBoot, which src/lib/db/duckdb-worker-boot.ts adopts. Without this script (blocked,
 * missing) the app starts DuckDB itself. tests/queries/worker-boot.spec.ts runs this file.
 */
(function () {
  'use strict';
  var VERSION = '__DUCKDB_VERSION__';
  /** Far above the ids AsyncDuckDB counts up from 0, so the two never meet. */
  var BOOT_MESSAGE_ID = 0x3fffffff;
  var script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  if (!script || !script.src || typeof Worker === 'undefined' || typeof WebAssembly === 'undefined') return;
  // duckdb-wasm's own probe for WebAssembly exceptions (its selectBundle): the eh build if present, else mvp.
  var eh = WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11]));
  var bundle = eh ? 'eh' : 'mvp';
  var dir = new URL(VERSION + '/', script.src).href;
  // duckdb-wasm's worker run by src/head/duckdb-worker.js (it lets Chromium keep the compiled wasm between visits).
  var workerUrl = dir + 'wpl-duckdb-' + bundle + '.worker.js';
  var wasmUrl = dir + 'duckdb-' + bundle + '.wasm';
  /** @type {Worker} */
  var worker;
  try {
    worker = new Worker(workerUrl);
  } catch (error) {
    return; // the app starts DuckDB itself and reports what fails
  }
  var failed = new Promise(function (_, reject) {
    worker.addEventListener('error', function () {
      reject(new Error('worker script failed'));
    });
  });
  /** @type {Promise<void>} */
  var instantiated = new Promise(function (resolve, reject) {
    worker.addEventListener('message', function onMessage(/** @type {MessageEvent} */ event) {
      var answer = event.data;
      // INSTANTIATE_PROGRESS messages carry the same requestId: only the final answer counts.
      if (!answer || answer.requestId !== BOOT_MESSAGE_ID || (answer.type !== 'OK' && answer.type !== 'ERROR')) return;
      worker.removeEventListener('message', onMessage);
      if (answer.type === 'OK') resolve(undefined);
      else reject(new Error((answer.data && answer.data.message) || answer.type));
    });
  });
  // Reported by the app when it adopts the worker; never an unhandled rejection here.
  failed.catch(function () {});
  instantiated.catch(function () {});
  worker.postMessage({ messageId: BOOT_MESSAGE_ID, type: 'INSTANTIATE', data: [wasmUrl, null] });
  /** @type {any} */ (window).__wplDuckDBBoot = { workerUrl: workerUrl, wasmUrl: wasmUrl, worker: worker, instantiated: instantiated, failed: failed };
})();
