/** Linked filters in the URL: set by clicking, kept on reload and in a copied link; exports take the rows on screen. */
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { waitForEngine } from './helpers';

test('a filter set by clicking survives reload and a copied URL', async ({ page, browser }) => {
  await page.goto('/initiatives/');
  await waitForEngine(page);
  await page.getByText('区', { exact: true }).first().click();
  await page.getByRole('checkbox', { name: /泉区/ }).check();
  // The ward filter names the city too (中区 is a ward of several cities): ward=横浜市|泉区.
  await expect(page).toHaveURL(new RegExp(`ward=${encodeURIComponent('横浜市|泉区')}`));
  // 泉区 2022 has 12 initiatives (hand count of the document).
  await expect(page.locator('[data-result-count]')).toHaveAttribute('data-result-count', '12');
  await page.reload();
  await waitForEngine(page);
  await expect(page.locator('[data-result-count]')).toHaveAttribute('data-result-count', '12');
  const copied = page.url();
  const other = await browser.newPage();
  await other.goto(copied);
  await waitForEngine(other);
  await expect(other.locator('[data-result-count]')).toHaveAttribute('data-result-count', '12');
  await expect(other.getByRole('button', { name: '泉区 を解除' })).toBeVisible();
  await other.close();
  await page.goBack();
  await waitForEngine(page);
  await expect(page.locator('[data-result-count]')).toHaveAttribute('data-result-count', '40');
});

test('clicking a bar filters the page (linked views) and the filter bar clears it', async ({ page }) => {
  await page.goto('/tags/');
  await waitForEngine(page);
  const bar = page.locator('svg g.bar[aria-label*="防災"]').first();
  await bar.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/theme=bousai/);
  await expect(page).toHaveURL(new RegExp(`ward=${encodeURIComponent('横浜市|')}`));
  await expect(page.getByRole('heading', { name: /選択に当たる取組/ })).toBeVisible();
  await page.getByRole('button', { name: '条件をクリア' }).click();
  await expect(page).not.toHaveURL(/theme=/);
});

test('the exported CSV has the BOM and exactly the filtered rows', async ({ page }) => {
  await page.goto('/initiatives/?ward=%E6%88%B8%E5%A1%9A%E5%8C%BA&status=new');
  await waitForEngine(page);
  // 戸塚区 2022: 8 bullets carry (新) (lines 83, 91, 100, 120, 125, 136, 141, 147).
  await expect(page.locator('[data-result-count]')).toHaveAttribute('data-result-count', '8');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ward-plan-lens_initiatives_\d{8}-\d{4}\.csv$/);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines).toHaveLength(1 + 8);
  expect(lines.slice(1).every((l) => l.includes('戸塚区') && l.includes('new'))).toBe(true);
});

test('the page works by keyboard: skip link, menu, filters', async ({ page }) => {
  await page.goto('/initiatives/');
  await waitForEngine(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '本文へスキップ' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.getByRole('link', { name: '区の比較' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/compare\//);
});
