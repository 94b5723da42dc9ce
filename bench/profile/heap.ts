// What holds the main thread's JS heap once a page has its data: a sampling heap profile (live objects after
// a forced GC), by allocating function, self and inclusive. Serves a built site with a data set.
// npx tsx bench/profile/heap.ts [data dir] [path]   e.g. bench/work/data/1m /   (site: build/, or ROOT=bench/work/site)
// Function names are the minified ones of the build; look them up in the chunk named beside them.
import { chromium } from 'playwright-core';
import { startServer } from '../harness/server';
import { CHROMIUM, CHROMIUM_ARGS } from '../harness/measure';

const dataDir = process.argv[2] ?? 'static/data';
const path = process.argv[3] ?? '/';
const server = await startServer({ root: process.env.ROOT ?? 'build', dataDir, cacheDir: 'bench/work/compress-cache' });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 65536 });
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector('[data-engine-status=ready]', { timeout: 300_000, state: 'attached' });
  await cdp.send('HeapProfiler.collectGarbage');
  const used = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  const { profile } = (await cdp.send('HeapProfiler.getSamplingProfile')) as { profile: { head: SampleNode } };
  interface SampleNode { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: SampleNode[] }
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const walk = (n: SampleNode, stack: string[]): number => {
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + n.selfSize);
    let total = n.selfSize;
    for (const c of n.children) total += walk(c, [...stack, key]);
    if (!stack.includes(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + total);
    return total;
  };
  const sampled = walk(profile.head, []);
  const mb = (b: number) => (b / 1e6).toFixed(1).padStart(8);
  console.log(`heap used after GC ${mb(used)} MB; sampled live ${mb(sampled)} MB`);
  for (const [title, map] of [['self', self], ['inclusive', inclusive]] as const) {
    console.log(`-- ${title}`);
    [...map].sort((a, b) => b[1] - a[1]).slice(0, 20).forEach(([k, v]) => console.log(mb(v), k));
  }
} finally {
  await browser.close();
  await server.close();
}
