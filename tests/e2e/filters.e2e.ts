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

test('back and forward step through filter changes, also across a visit to another view', async ({ page }) => {
  await page.goto('/initiatives/');
  await waitForEngine(page);
  const count = page.locator('[data-result-count]');
  await page.getByText('区', { exact: true }).first().click();
  await page.getByRole('checkbox', { name: /泉区/ }).check();
  await expect(count).toHaveAttribute('data-result-count', '12');
  await page.getByRole('checkbox', { name: /戸塚区/ }).check();
  // 戸塚区 2022: 28 initiatives, 泉区 2022: 12 (hand counts of the documents).
  await expect(count).toHaveAttribute('data-result-count', '40');
  await expect(page).toHaveURL(/%E6%88%B8%E5%A1%9A%E5%8C%BA/);
  await page.goBack();
  await expect(count).toHaveAttribute('data-result-count', '12');
  await expect(page).not.toHaveURL(/%E6%88%B8%E5%A1%9A%E5%8C%BA/);
  await expect(page.getByRole('button', { name: '戸塚区 を解除' })).toHaveCount(0);
  await page.goForward();
  await expect(count).toHaveAttribute('data-result-count', '40');
  // The menu link carries the filters to the other view; back returns to this one as it was.
  await page.getByRole('navigation').getByRole('link', { name: '重点・テーマ' }).click();
  await expect(page).toHaveURL(/\/tags\/\?.*ward=/);
  await expect(page.locator('.chart-card').first().locator('.panel:not([hidden]) svg[role=group]')).toHaveCount(2);
  await page.goBack();
  await expect(page).toHaveURL(/\/initiatives\//);
  await expect(count).toHaveAttribute('data-result-count', '40');
  await expect(page.getByRole('button', { name: '泉区 を解除' })).toBeVisible();
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

test('a small-multiples chart exports as one SVG and one PNG with every panel, off-screen ones included', async ({ page }) => {
  await page.goto('/tags/');
  await waitForEngine(page);
  const card = page.locator('.chart-card').first();
  // Visit one ward, then all again: the other wards' panels are kept hidden meanwhile and must not be exported twice.
  await page.locator('.chart-card').first().locator('g.bar').first().click();
  await expect(page).toHaveURL(/ward=/);
  await expect(card.locator('.panel[hidden]')).toHaveCount(1);
  const [oneWard] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'SVG画像' }).click()]);
  const oneWardSvg = (await readFile(await oneWard.path())).toString('utf8');
  expect(oneWardSvg).toContain('>戸塚区</text>');
  expect(oneWardSvg).not.toContain('>泉区</text>');
  await card.locator('g.bar[aria-pressed="true"]').click(); // the same bar again clears the filter
  await expect(page).not.toHaveURL(/ward=/);
  await expect(card.locator('.panel[hidden]')).toHaveCount(0);
  const panels = card.locator('.panel:not([hidden]) svg[data-chart-part][role=group]');
  const wards = await panels.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  const bars = await card.locator('.panel:not([hidden]) g.bar').count();
  // The two wards with a parsed full document each have a panel.
  expect(wards).toEqual(expect.arrayContaining(['戸塚区', '泉区']));
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'SVG画像' }).click()]);
  const svg = (await readFile(await svgDownload.path())).toString('utf8');
  expect(svg.startsWith('<?xml')).toBe(true);
  expect(svg).toContain('<title>区ごとのテーマ別の取組数</title>');
  for (const ward of wards) expect(svg).toContain(`>${ward}</text>`);
  expect(svg.match(/class="bar/g)).toHaveLength(bars);
  expect(svg).not.toContain('tabindex');
  expect(svg).not.toContain('-100000px');
  const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
  const onScreen = await card.locator('svg.axis, .panel:not([hidden]) svg[data-chart-part]').evaluateAll((els) => els.reduce((h, e) => h + Number(e.getAttribute('height')), 0));
  expect(height).toBe(onScreen);
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'PNG画像' }).click()]);
  const png = await readFile(await pngDownload.path());
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  // The stacked copy is gone from the page afterwards.
  await expect(card.locator('svg[style*="-100000px"]')).toHaveCount(0);
});
