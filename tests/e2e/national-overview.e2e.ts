/**
 * The overview at national scale: 400 wards (synthetic plans, served in place of static/data by route;
 * never shipped). The coverage matrix draws its rows in chunks as they come near the viewport, and still
 * works by keyboard to the last row and exports every row.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { rowsToArrowIPC } from '../../src/lib/tables/arrow';
import { TABLES, TABLE_NAMES, type Row } from '../../src/lib/tables/schema';
import { waitForEngine, watchErrors } from './helpers';

const WARDS = 400;
const plans: Row[] = Array.from({ length: WARDS }, (_, k) => ({
  ...Object.fromEntries(TABLES.plans.columns.map((c) => [c.name, c.nullable ? null : c.type === 'bool' ? false : ''])),
  plan_id: `synthetic-${k}-2024`,
  city: '合成市',
  ward: `合成区${String(k).padStart(3, '0')}`,
  fiscal_year: 2024,
  coverage: 'partial',
  source_kind: 'other',
  origin: 'shipped',
  notes: '合成データ（テスト用）。実在の計画ではありません'
}));

async function serveNationalPlans(page: Page) {
  const bytes = rowsToArrowIPC(TABLES.plans, plans);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const manifest = {
    version: 1,
    generated_at: '2026-12-02T00:00:00Z',
    data_date: null,
    synthetic: true,
    tables: TABLE_NAMES.map((name) => ({
      name,
      rows: name === 'plans' ? WARDS : 0,
      content_hash: name === 'plans' ? sha256 : '',
      files: name === 'plans' ? [{ format: 'arrow', path: 'plans.arrow', bytes: bytes.byteLength, sha256, rows: WARDS, partition: null }] : []
    }))
  };
  await page.route('**/data/manifest.json', (route) => route.fulfill({ json: manifest }));
  await page.route('**/data/plans.arrow', (route) => route.fulfill({ body: Buffer.from(bytes), contentType: 'application/octet-stream' }));
}

test('a 400-ward coverage matrix draws rows as needed, reaches the last row by keyboard and exports every row', async ({ page }) => {
  const errors = watchErrors(page);
  await serveNationalPlans(page);
  await page.goto('/');
  await waitForEngine(page);
  const matrix = page.locator('.coverage');
  // The first two chunks of 50 rows; the rest waits below the fold.
  await expect(matrix.locator('a[data-mark]')).toHaveCount(100);
  await expect(matrix.locator('[data-chunk]')).toHaveCount(6);

  await matrix.locator('a[data-mark="0"]').focus();
  await page.keyboard.press('End');
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-mark') ?? null);
  await expect.poll(focused).toBe(String(WARDS - 1));
  await expect(matrix.locator(`a[data-mark="${WARDS - 1}"]`)).toHaveAttribute('aria-label', /合成区399/);
  await page.keyboard.press('ArrowUp');
  await expect.poll(focused).toBe(String(WARDS - 2));
  await page.keyboard.press('Home');
  await expect.poll(focused).toBe('0');

  // Scrolling draws what comes near the viewport.
  await matrix.locator('[data-chunk="3"]').scrollIntoViewIfNeeded();
  await expect(matrix.locator('[data-chunk="3"]')).toHaveCount(0);

  const card = page.locator('section', { has: matrix });
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'SVG画像' }).first().click()]);
  const svg = (await readFile(await download.path())).toString('utf8');
  expect(svg.split('class="cell').length - 1).toBe(WARDS);
  expect(svg).toContain('合成区399');
  await expect(matrix.locator('a[data-mark]')).toHaveCount(WARDS);
  expect(errors).toEqual([]);
});
