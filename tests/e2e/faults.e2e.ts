/** Faults while loading data: the page says what is wrong, keeps what works, shows progress, never hangs silently. */
import { expect, test } from '@playwright/test';

const status = '[data-engine-status]';

test('a missing data file is named, and the prerendered content stays', async ({ page }) => {
  await page.route('**/data/initiative_tags.arrow', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/');
  await expect(page.locator(status)).toHaveAttribute('data-engine-status', 'error', { timeout: 45_000 });
  await expect(page.locator(status)).toContainText('initiative_tags.arrow');
  await expect(page.locator('table').first()).toContainText('戸塚区');
  await expect(page.locator('svg').first()).toBeVisible();
  // What did load still answers: the plan list comes from the plans table.
  await page.goto('/plan/?id=14110-2022-doc');
  await expect(page.getByText('こころ豊かに つながる笑顔 元気なとつか').first()).toBeVisible({ timeout: 45_000 });
});

test('a corrupt data file is named', async ({ page }) => {
  await page.route('**/data/pillars.arrow', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from('<html>this is not arrow</html>') }));
  await page.goto('/');
  await expect(page.locator(status)).toHaveAttribute('data-engine-status', 'error', { timeout: 45_000 });
  await expect(page.locator(status)).toContainText('pillars.arrow');
});

/** The manifest with a wrong SHA-256 for plans.arrow, as if the file had changed since it was written. */
async function staleManifest(page: import('@playwright/test').Page) {
  await page.route('**/data/manifest.json', async (route) => {
    const response = await route.fetch();
    const manifest = await response.json();
    const plans = manifest.tables.find((t: { name: string }) => t.name === 'plans');
    plans.files.find((f: { format: string }) => f.format === 'arrow').sha256 = '0'.repeat(64);
    await route.fulfill({ response, json: manifest });
  });
}

test('a stale manifest (file changed since) is caught by the content hash, computed in the hashing worker', async ({ page }) => {
  const workerScripts: string[] = [];
  page.on('request', (r) => {
    if (/sha256-worker/.test(r.url())) workerScripts.push(r.url());
  });
  await staleManifest(page);
  await page.goto('/');
  await expect(page.locator(status)).toHaveAttribute('data-engine-status', 'error', { timeout: 45_000 });
  await expect(page.locator(status)).toContainText('plans.arrow');
  expect(workerScripts).toHaveLength(1);
});

test('with the hashing worker blocked, files are still checked (on the page) and good ones load', async ({ page }) => {
  await page.route(/sha256-worker/, (route) => route.abort());
  await page.goto('/');
  await expect(page.locator(status)).toHaveAttribute('data-engine-status', 'ready', { timeout: 45_000 });
  const fresh = await page.context().newPage();
  await fresh.route(/sha256-worker/, (route) => route.abort());
  await staleManifest(fresh);
  await fresh.goto('/');
  await expect(fresh.locator(status)).toHaveAttribute('data-engine-status', 'error', { timeout: 45_000 });
  await expect(fresh.locator(status)).toContainText('plans.arrow');
  await fresh.close();
});

test('a slow network shows progress, then the data', async ({ page }) => {
  await page.route('**/data/*.arrow', async (route) => {
    await new Promise((r) => setTimeout(r, 1200));
    await route.continue();
  });
  await page.goto('/initiatives/');
  await expect(page.locator(status)).toContainText('データを読み込んでいます', { timeout: 20_000 });
  await expect(page.locator(status)).toHaveAttribute('data-engine-status', 'ready', { timeout: 60_000 });
  await expect(page.locator('[data-result-count]')).toHaveAttribute('data-result-count', '40');
});

test('a connection dropped mid-load is reported and the page keeps working', async ({ page }) => {
  await page.route('**/data/initiatives.arrow', (route) => route.abort('connectionreset'));
  await page.goto('/tags/');
  await expect(page.locator(status)).toHaveAttribute('data-engine-status', 'error', { timeout: 45_000 });
  await expect(page.locator(status)).toContainText('initiatives.arrow');
  await page.getByRole('link', { name: '概要' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('概要');
});
