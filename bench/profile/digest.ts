// How long Chromium's crypto.subtle.digest('SHA-256') keeps the page's thread: the synchronous call's
// time, when its promise resolves, and how many 1 ms timer ticks ran meanwhile (0: the thread was held).
// npx tsx bench/profile/digest.ts   (after npm run build; serves build/)
import { chromium } from 'playwright-core';
import { startServer } from '../harness/server';
import { CHROMIUM, CHROMIUM_ARGS } from '../harness/measure';
const server = await startServer({ root: 'build', dataDir: 'static/data', cacheDir: 'bench/work/compress-cache' });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.goto(`${server.url}/favicon.svg`);
for (const mb of [0.1, 1, 4, 16]) {
  console.log(mb, 'MB', await page.evaluate(async (mb) => {
    const b = new Uint8Array(mb * 1e6); for (let i = 0; i < b.length; i += 997) b[i] = i & 255;
    const t0 = performance.now(); const p = crypto.subtle.digest('SHA-256', b); const t1 = performance.now();
    // how long is the main thread blocked meanwhile? count timer ticks
    let ticks = 0; let stop = false; const iv = setInterval(() => { ticks++; }, 1);
    await p; clearInterval(iv); const t2 = performance.now();
    return `sync call ${(t1 - t0).toFixed(1)} ms, resolved after ${(t2 - t0).toFixed(1)} ms, ${ticks} timer ticks meanwhile`;
  }, mb));
}
await browser.close(); await server.close();
