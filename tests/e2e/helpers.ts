import { expect, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ORIGIN = 'http://127.0.0.1:4173';

/** Every request a page makes outside its own origin (there must be none). */
export function watchRequests(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(ORIGIN) && !url.startsWith('blob:') && !url.startsWith('data:')) outside.push(url);
  });
  return outside;
}

/** Errors thrown in the page (none expected). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

export async function waitForEngine(page: Page): Promise<void> {
  await expect(page.locator('[data-engine-status]')).toHaveAttribute('data-engine-status', 'ready', { timeout: 45_000 });
}

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** axe-core run inside the page; returns serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<Array<{ id: string; impact: string; nodes: number; help: string }>> {
  // The page's CSP forbids inline scripts, so axe is evaluated through the DevTools protocol instead.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[]; help: string }> }> } };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
  });
}

export type ManifestJson = { tables: { name: string; rows: number; files: { format: string }[] }[] };

/**
 * Serves the data set in `dir` (a synthetic set under bench/work: never shipped) for every /data/
 * request, `broken` paths as 404 and the manifest passed through `editManifest` when given; returns
 * the data paths asked for, decoded.
 */
export async function serveDataDir(page: Page, dir: string, broken: string[] = [], editManifest?: (m: ManifestJson) => void): Promise<string[]> {
  const asked: string[] = [];
  await page.route('**/data/**', async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^.*?\/data\//, ''));
    asked.push(path);
    const file = join(dir, path);
    if (broken.includes(path) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    if (path === 'manifest.json' && editManifest) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as ManifestJson;
      editManifest(manifest);
      return route.fulfill({ status: 200, json: manifest });
    }
    await route.fulfill({ status: 200, body: readFileSync(file), contentType: path.endsWith('.json') ? 'application/json' : 'application/octet-stream' });
  });
  return asked;
}
