/** Every view, end to end in Chromium, against the built site on 127.0.0.1 with the real shipped data. */
import { expect, test } from '@playwright/test';
import { seriousA11yViolations, waitForEngine, watchErrors, watchRequests } from './helpers';

const VIEWS = ['/', '/plan/?id=14110-2022-doc', '/compare/', '/tags/', '/years/', '/initiatives/', '/import/'];

test.describe('views load with real data', () => {
  test('overview: coverage matrix of 18 wards, the two full documents marked', async ({ page }) => {
    const outside = watchRequests(page);
    await page.goto('/');
    await waitForEngine(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('概要');
    // Two ward-years have a parsed full document: 泉区 and 戸塚区 令和4年度.
    await expect(page.locator('a[href*="14110-2022-doc"]').first()).toBeVisible();
    await expect(page.locator('a[href*="14116-2022-doc"]').first()).toBeVisible();
    await expect(page.getByText('鶴見区').first()).toBeVisible();
    expect(outside).toEqual([]);
  });

  test('overview: the coverage matrix works by keyboard and pointer, and says which cell is active', async ({ page }) => {
    await page.goto('/');
    await waitForEngine(page);
    const matrix = page.locator('.coverage');
    const tip = matrix.locator('.chart-tooltip');
    const first = matrix.locator('a[data-mark="0"]');
    await first.focus();
    await expect(tip).toHaveText((await first.getAttribute('aria-label'))!);
    await page.keyboard.press('End');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-mark') ?? null);
    const last = await focused();
    expect(Number(last)).toBe((await matrix.locator('a[data-mark]').count()) - 1);
    await expect(tip).toHaveText((await matrix.locator(`a[data-mark="${last}"]`).getAttribute('aria-label'))!);
    await page.keyboard.press('Home');
    expect(await focused()).toBe('0');
    await page.keyboard.press('ArrowDown');
    expect(Number(await focused())).toBeGreaterThan(0);
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await expect(tip).toHaveText('');
    await matrix.locator('a[data-mark="1"] rect').hover();
    await expect(tip).toHaveText((await matrix.locator('a[data-mark="1"]').getAttribute('aria-label'))!);
  });

  test('plan page: 戸塚区 令和4年度 in full, 5 pillars and 28 initiatives with markers and sources', async ({ page }) => {
    await page.goto('/plan/?id=14110-2022-doc');
    await waitForEngine(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('戸塚区 令和4年度 (2022)');
    await expect(page.getByText('こころ豊かに つながる笑顔 元気なとつか').first()).toBeVisible();
    await expect(page.locator('section.pillar')).toHaveCount(5);
    await expect(page.locator('section.pillar li[id]')).toHaveCount(28);
    await expect(page.getByText('https://www.city.yokohama.lg.jp/totsuka/kusei/uneihoshin-yosan/unei/default.html').first()).toBeVisible();
    await expect(page.getByText('戸籍課')).toBeVisible();
  });

  test('plan page: 泉区 shows the recovered initiative and the facts record about the same year', async ({ page }) => {
    await page.goto('/plan/?id=14116-2022-doc');
    await waitForEngine(page);
    await expect(page.locator('section.pillar li[id]')).toHaveCount(12);
    await expect(page.getByText('水・緑・みち魅力づくり支援事業').first()).toBeVisible();
    await expect(page.getByText(/見出しが抽出で失われた/)).toBeVisible();
    await expect(page.getByRole('link', { name: /townnews|区運営方針/ }).first()).toBeVisible();
  });

  test('compare: both full plans side by side with goals and pillar counts', async ({ page }) => {
    await page.goto('/compare/');
    await waitForEngine(page);
    await expect(page.getByText('こころ豊かに つながる笑顔 元気なとつか')).toBeVisible();
    await expect(page.getByText(/みらいへ進もう/).first()).toBeVisible();
    await expect(page.getByText(/施策 5・取組 28/)).toBeVisible();
    await expect(page.getByText(/施策 4・取組 12/)).toBeVisible();
  });

  test('focus tags, years and initiatives show their charts and rows', async ({ page }) => {
    await page.goto('/tags/');
    await waitForEngine(page);
    await expect(page.locator('svg g.bar').first()).toBeVisible();
    // Free text is answered by SQL, not the focus cube: the charts still come, without an error.
    await page.goto(`/tags/?q=${encodeURIComponent('地域')}`);
    await waitForEngine(page);
    await expect(page.locator('svg g.bar').first()).toBeVisible();
    await expect(page.locator('.chart-card [role=alert]')).toHaveCount(0);
    // A city's ward and a theme from the URL select exactly that bar.
    await page.goto(`/tags/?ward=${encodeURIComponent('横浜市|戸塚区')}&theme=bousai`);
    await waitForEngine(page);
    await expect(page.locator('svg g.bar[aria-pressed="true"]')).toHaveCount(1);
    await expect(page.locator('svg g.bar[aria-pressed="true"]')).toHaveAttribute('aria-label', /戸塚区/);
    await page.goto('/years/');
    await waitForEngine(page);
    await expect(page.getByText('公表値').first()).toBeVisible();
    await page.goto('/initiatives/');
    await waitForEngine(page);
    await expect(page.locator('[data-result-count]')).toHaveAttribute('data-result-count', '40');
  });

  test('English toggle translates labels, ward names and fiscal years, not plan text', async ({ page }) => {
    await page.goto('/plan/?id=14110-2022-doc&lang=en');
    await waitForEngine(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Totsuka');
    await expect(page.getByRole('link', { name: 'Compare wards' })).toBeVisible();
    await expect(page.getByText('こころ豊かに つながる笑顔 元気なとつか').first()).toBeVisible();
  });
});

test('no page leaves its origin, throws, or has a serious accessibility violation', async ({ page }) => {
  const outside = watchRequests(page);
  const errors = watchErrors(page);
  for (const path of VIEWS) {
    await page.goto(path);
    await waitForEngine(page);
    await page.waitForTimeout(300);
    const violations = await seriousA11yViolations(page);
    expect(violations, `${path}: ${JSON.stringify(violations)}`).toEqual([]);
  }
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});

test('prerendered HTML holds the shell, the menu and the plan table without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('navigation')).toContainText('区の比較');
  await expect(page.locator('table').first()).toContainText('戸塚区');
  await expect(page.locator('svg').first()).toBeVisible();
  await context.close();
});

test('built pages carry the Content-Security-Policy: own origin, wasm-unsafe-eval, no CDN', async ({ request }) => {
  for (const path of ['/', '/initiatives/', '/import/']) {
    const html = await (await request.get(path)).text();
    const csp = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/https?:/);
  }
});

test('if DuckDB cannot start, the page says so and keeps the prerendered content', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('[data-engine-status="error"]')).toBeVisible({ timeout: 45_000 });
  await expect(page.locator('[data-engine-status="error"]')).toContainText('データベースの問題');
  await expect(page.locator('table').first()).toContainText('戸塚区');
});

test('if duckdb-wasm’s worker script does not load inside the app’s worker, the page says so at once', async ({ page }) => {
  const blocked: string[] = [];
  await page.route('**/duckdb-browser-*.worker.js', (route) => {
    blocked.push(new URL(route.request().url()).pathname);
    return route.abort();
  });
  const started = Date.now();
  await page.goto('/');
  await expect(page.locator('[data-engine-status="error"]')).toContainText('DuckDB のワーカーを起動できません', { timeout: 20_000 });
  expect(Date.now() - started).toBeLessThan(20_000); // the worker's error event, not the 30 s start-up timeout
  expect(blocked.length).toBeGreaterThan(0); // the head script's worker, and the app's own start after it failed
  for (const path of blocked) expect(path).toMatch(/^\/duckdb\/1\.32\.\d+\/duckdb-browser-eh\.worker\.js$/);
  await expect(page.locator('table').first()).toContainText('戸塚区');
});

test('DuckDB starts from the head script’s worker (one worker, adopted), and without that script too', async ({ page, browser }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
  await page.goto('/tags/');
  await waitForEngine(page);
  await expect(page.locator('svg g.bar').first()).toBeVisible();
  // One DuckDB worker, the versioned self-hosted file the head script started (no second one after adoption):
  // the app's starter around duckdb-wasm's worker (src/head/duckdb-worker.js).
  expect(workers.filter((w) => w.includes('duckdb'))).toEqual([expect.stringMatching(/^\/duckdb\/1\.32\.\d+\/wpl-duckdb-eh\.worker\.js$/)]);

  const other = await browser.newPage();
  const otherWorkers: string[] = [];
  other.on('worker', (w) => otherWorkers.push(new URL(w.url()).pathname));
  await other.route('**/duckdb/boot.js', (route) => route.abort());
  await other.goto('/tags/');
  await waitForEngine(other);
  await expect(other.locator('svg g.bar').first()).toBeVisible();
  expect(otherWorkers.filter((w) => w.includes('duckdb'))).toEqual([expect.stringMatching(/\/wpl-duckdb-eh\.worker\.js$/)]);
  await other.close();
});
