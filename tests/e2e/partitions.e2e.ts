/**
 * Per-view partition loading in the built site: a synthetic set partitioned by city × fiscal year (the
 * benchmark's generator, written under bench/work, never shipped) is served in place of static/data. A
 * plan page fetches only its plan's partitions; a national view then fetches the rest and counts all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_SEED, generateTables } from '../../bench/generate/generate';
import { ensureSyntheticSet } from '../../bench/generate/write';
import { serveDataDir, watchErrors, waitForEngine, type ManifestJson } from './helpers';

const N = 2000;
const DIR = 'bench/work/data/e2e-2k';

test.beforeAll(async () => {
  await ensureSyntheticSet(N, DIR);
});

/** Serves the synthetic set for every /data/ request (see serveDataDir). */
const serveSynthetic = (page: Page, broken: string[] = [], editManifest?: (m: ManifestJson) => void) => serveDataDir(page, DIR, broken, editManifest);

const set = generateTables(N, DEFAULT_SEED);
const plan = set.tables.plans.find((p) => p.coverage === 'full' && set.tables.initiatives.some((i) => i.plan_id === p.plan_id))!;
const planId = plan.plan_id as string;
const planItems = set.tables.initiatives.filter((i) => i.plan_id === planId).length;
const partitionPath = (table: string) => `${table}/city=${plan.city}/fiscal_year=${plan.fiscal_year}.arrow`;
const filesOf = (asked: string[], table: string) => asked.filter((p) => p.startsWith(`${table}/`));

test('a plan page fetches only its own partitions; the national list then loads the rest', async ({ page }) => {
  const errors = watchErrors(page);
  const asked = await serveSynthetic(page);
  await page.goto(`/plan/?id=${encodeURIComponent(planId)}`);
  await expect(page.locator(`li[id^="${planId}-"]`)).toHaveCount(planItems, { timeout: 45_000 });
  await waitForEngine(page);
  expect(filesOf(asked, 'initiatives')).toEqual([partitionPath('initiatives')]);
  expect(filesOf(asked, 'initiative_tags')).toEqual([partitionPath('initiative_tags')]);
  expect(filesOf(asked, 'initiative_links')).toEqual([]);

  await page.goto('/initiatives/');
  await expect(page.locator('[data-result-count]')).toHaveAttribute('data-result-count', String(N), { timeout: 45_000 });
  const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as ManifestJson;
  const arrowFiles = manifest.tables.find((t) => t.name === 'initiatives')!.files.filter((f) => f.format === 'arrow').length;
  expect(new Set(filesOf(asked, 'initiatives')).size).toBe(arrowFiles);
  expect(errors).toEqual([]);
});

test('a missing partition is named where it is needed; other plans still open', async ({ page }) => {
  const asked = await serveSynthetic(page, [partitionPath('initiatives')]);
  await page.goto(`/plan/?id=${encodeURIComponent(planId)}`);
  await expect(page.getByText(`データファイル ${partitionPath('initiatives')}`).first()).toBeVisible({ timeout: 45_000 });
  const other = set.tables.plans.find((p) => p.coverage === 'full' && p.fiscal_year !== plan.fiscal_year && set.tables.initiatives.some((i) => i.plan_id === p.plan_id))!;
  await page.goto(`/plan/?id=${encodeURIComponent(other.plan_id as string)}`);
  await expect(page.locator(`li[id^="${other.plan_id}-"]`)).toHaveCount(set.tables.initiatives.filter((i) => i.plan_id === other.plan_id).length, { timeout: 45_000 });
  expect(asked).toContain(`initiatives/city=${other.city}/fiscal_year=${other.fiscal_year}.arrow`);
});

test('a list filtered to one ward-year loads that partition only, until a filter list asks for national counts', async ({ page }) => {
  const asked = await serveSynthetic(page);
  const wardKey = `${plan.city}|${plan.ward}`;
  const want = set.tables.initiatives.filter((i) => i.plan_id === planId).length;
  await page.goto(`/initiatives/?ward=${encodeURIComponent(wardKey)}&year=${plan.fiscal_year}`);
  await expect(page.locator('[data-result-count]')).toHaveAttribute('data-result-count', String(want), { timeout: 45_000 });
  await waitForEngine(page);
  expect(filesOf(asked, 'initiatives')).toEqual([partitionPath('initiatives')]);
  await expect(page.locator('.chip').first()).toContainText(String(plan.ward));

  // Opening a facet list asks for its counts, which are over all data: every partition comes in.
  await page.locator('details summary').first().click();
  await expect(page.locator('details[open] label').first()).toBeVisible({ timeout: 45_000 });
  await waitForEngine(page);
  const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as ManifestJson;
  expect(new Set(filesOf(asked, 'initiatives')).size).toBe(manifest.tables.find((t) => t.name === 'initiatives')!.files.filter((f) => f.format === 'arrow').length);
});

test('a national-size initiatives table (created with its storage hints) lists and searches the same rows', async ({ page }) => {
  // The manifest says the table outgrows one DuckDB row group, so the page creates it with the columns a
  // search reads stored uncompressed (src/lib/db/table-storage.ts); the files are the 2k set's.
  const errors = watchErrors(page);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  await serveSynthetic(page, [], (m) => {
    const initiatives = m.tables.find((t) => t.name === 'initiatives');
    if (!initiatives) throw new Error('no initiatives in the manifest');
    initiatives.rows = 200_000;
  });
  const word = '子育て';
  const want = set.tables.initiatives.filter((i) => String(i.search_text).includes(word)).length;
  expect(want).toBeGreaterThan(0);
  await page.goto(`/initiatives/?q=${encodeURIComponent(word)}`);
  await expect(page.locator('[data-result-count]')).toHaveAttribute('data-result-count', String(want), { timeout: 45_000 });
  await page.goto('/initiatives/');
  await expect(page.locator('[data-result-count]')).toHaveAttribute('data-result-count', String(N), { timeout: 45_000 });
  await waitForEngine(page);
  await expect(page.getByText('読み込めませんでした')).toHaveCount(0);
  expect(errors).toEqual([]);
  // A refused hint would still load the rows (and warn): the warning is how this test sees the hints.
  expect(warnings).toEqual([]);
});
