/**
 * The list's first page found among the first initiatives in reading order (initiative-page.ts), in
 * the built site over a synthetic set bigger than the first bound (12,000 initiatives, served in place
 * of static/data): the rows are the first matches in reading order, the total arrives after them and
 * is right, the pager follows it, and a search that replaces another never shows the other's count.
 * A new page paints its first rows first and the rest a frame later, never rows of the previous answer.
 */
import { expect, test } from '@playwright/test';
import { DEFAULT_SEED, generateTables } from '../../bench/generate/generate';
import { ensureSyntheticSet } from '../../bench/generate/write';
import type { Row } from '../../src/lib/tables/schema';
import { serveDataDir, watchErrors, waitForEngine } from './helpers';

const N = 12_000;
const DIR = 'bench/work/data/e2e-12k';
const PAGE_SIZE = 100;

test.beforeAll(async () => {
  await ensureSyntheticSet(N, DIR);
});

const { tables } = generateTables(N, DEFAULT_SEED);
const planOf = new Map(tables.plans.map((p) => [p.plan_id as string, p]));
const pillarPosition = new Map(tables.pillars.map((p) => [p.pillar_id as string, p.position as number]));
/** The contract's reading order, written out here on its own (synthetic wards have no code). */
function readingOrder(a: Row, b: Row): number {
  const [pa, pb] = [planOf.get(a.plan_id as string)!, planOf.get(b.plan_id as string)!];
  const str = (x: unknown, y: unknown) => ((x as string) < (y as string) ? -1 : (x as string) > (y as string) ? 1 : 0);
  return (
    str(pa.city, pb.city) ||
    str(pa.ward, pb.ward) ||
    (pa.fiscal_year as number) - (pb.fiscal_year as number) ||
    pillarPosition.get(a.pillar_id as string)! - pillarPosition.get(b.pillar_id as string)! ||
    (a.position as number) - (b.position as number) ||
    str(a.initiative_id, b.initiative_id)
  );
}
const matchesOf = (word: string) => tables.initiatives.filter((r) => (r.search_text as string).includes(word)).sort(readingOrder);

test('a search shows the first matches in reading order, then the total, and pages by it', async ({ page }) => {
  const errors = watchErrors(page);
  await serveDataDir(page, DIR);
  const word = '子育て';
  const matches = matchesOf(word);
  expect(matches.length).toBeGreaterThan(2 * PAGE_SIZE);
  // Few enough matches under the first bound that the total cannot come with the page.
  expect(matches.length).toBeLessThan(N);

  await page.goto('/initiatives/');
  await waitForEngine(page);
  await expect(page.locator('[data-result-count]')).toHaveAttribute('data-result-count', String(N), { timeout: 60_000 });
  // Every text the count line shows from here on, so the order of what it said can be checked.
  await page.evaluate(() => {
    const status = document.querySelector('main .toolbar [role="status"]')!;
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    new MutationObserver(() => seen.push(`${status.getAttribute('data-result-count') ?? '-'}|${status.textContent?.trim()}`)).observe(status, {
      subtree: true,
      characterData: true,
      childList: true,
      attributes: true
    });
  });
  await page.locator('label.search input').fill(word);
  await page.locator('label.search input').press('Enter');

  const status = page.locator('[data-result-count]');
  await expect(status).toHaveAttribute('data-result-count', String(matches.length), { timeout: 30_000 });
  const rows = page.locator('table[data-table="initiatives"] tbody tr');
  await expect(rows).toHaveCount(PAGE_SIZE);
  const titles = await rows.locator('td:nth-child(4) button').allTextContents();
  expect(titles).toEqual(matches.slice(0, PAGE_SIZE).map((r) => r.title));
  const wards = await rows.locator('td:nth-child(1)').allTextContents();
  expect(wards).toEqual(matches.slice(0, PAGE_SIZE).map((r) => planOf.get(r.plan_id as string)!.ward));

  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  // The page came first, saying the total was being counted; no other total was ever shown.
  const counting = seen.findIndex((s) => s.includes('全件数を数えています'));
  const counted = seen.findIndex((s) => s.startsWith(`${matches.length}|`));
  expect(counting, seen.join('\n')).toBeGreaterThanOrEqual(0);
  expect(counted).toBeGreaterThan(counting);
  expect(seen.filter((s) => !s.startsWith('-|') && !s.startsWith(`${matches.length}|`) && !s.startsWith(`${N}|`)), seen.join('\n')).toEqual([]);

  const pages = Math.ceil(matches.length / PAGE_SIZE);
  await expect(page.locator('nav.pager span')).toHaveText(`1 / ${pages}`);
  await page.getByRole('button', { name: '次へ' }).click();
  await expect(page.locator('nav.pager span')).toHaveText(`2 / ${pages}`);
  await expect(rows.first().locator('td:nth-child(4) button')).toHaveText(matches[PAGE_SIZE].title as string);
  await expect(status).toHaveAttribute('data-result-count', String(matches.length));
  expect(errors).toEqual([]);
});

test('a search that replaces another never shows the other’s total', async ({ page }) => {
  await serveDataDir(page, DIR);
  const [first, second] = ['子育て', '見守り活動'];
  const [a, b] = [matchesOf(first).length, matchesOf(second).length];
  expect(a).not.toBe(b);
  await page.goto(`/initiatives/?q=${encodeURIComponent(first)}`);
  await waitForEngine(page);
  const status = page.locator('[data-result-count]');
  await expect(status).toHaveAttribute('data-result-count', String(a), { timeout: 60_000 });
  await page.evaluate(() => {
    const el = document.querySelector('main .toolbar [role="status"]')!;
    const counts: string[] = [];
    (window as unknown as { __counts: string[] }).__counts = counts;
    new MutationObserver(() => counts.push(el.getAttribute('data-result-count') ?? '-')).observe(el, { attributes: true, childList: true, subtree: true, characterData: true });
  });
  const box = page.locator('label.search input');
  await box.fill(second);
  await box.press('Enter');
  await expect(status).toHaveAttribute('data-result-count', String(b), { timeout: 30_000 });
  const counts = await page.evaluate(() => (window as unknown as { __counts: string[] }).__counts);
  expect(counts.filter((c) => c !== '-' && c !== String(b))).toEqual([]);
});

test('a new page paints its first rows first, then the rest, and never a row of the previous answer', async ({ page }) => {
  const errors = watchErrors(page);
  await serveDataDir(page, DIR);
  const word = '見守り活動';
  const matches = matchesOf(word);
  expect(matches.length).toBeGreaterThan(PAGE_SIZE);
  const expected = matches.slice(0, PAGE_SIZE).map((r) => r.title as string);
  await page.goto('/initiatives/');
  await waitForEngine(page);
  await expect(page.locator('[data-result-count]')).toHaveAttribute('data-result-count', String(N), { timeout: 60_000 });
  // The titles of the visible rows, sampled once per frame from here on.
  await page.evaluate(() => {
    const frames: string[][] = [];
    (window as unknown as { __frames: string[][] }).__frames = frames;
    const sample = () => {
      const rows = [...document.querySelectorAll<HTMLTableRowElement>('table[data-table="initiatives"] tbody tr')];
      frames.push(rows.filter((r) => r.checkVisibility()).map((r) => r.querySelector('td:nth-child(4) button')?.textContent ?? ''));
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  const before = await page.locator('table[data-table="initiatives"] tbody tr td:nth-child(4) button').allTextContents();
  expect(before[0]).not.toBe(expected[0]);
  const box = page.locator('label.search input');
  await box.fill(word);
  await box.press('Enter');
  const rows = page.locator('table[data-table="initiatives"] tbody tr');
  await expect(rows.nth(PAGE_SIZE - 1)).toBeVisible({ timeout: 30_000 });
  await expect(rows.locator('td:nth-child(4) button')).toHaveText(expected);

  const frames = await page.evaluate(() => (window as unknown as { __frames: string[][] }).__frames);
  const firstNew = frames.findIndex((f) => f[0] === expected[0]);
  expect(firstNew).toBeGreaterThan(0);
  // From the first frame with the new answer on, the visible rows are always its first rows, in order.
  for (const f of frames.slice(firstNew)) expect(f).toEqual(expected.slice(0, f.length));
  // The first frame showed a screenful, not the whole page; a later one all of it.
  expect(frames[firstNew].length).toBeGreaterThanOrEqual(20);
  expect(frames[firstNew].length).toBeLessThan(PAGE_SIZE);
  expect(frames.at(-1)!.length).toBe(PAGE_SIZE);

  // Opening the detail of a row far down keeps every row shown (the same answer again).
  const from = await page.evaluate(() => (window as unknown as { __frames: string[][] }).__frames.length);
  await rows.nth(79).locator('td:nth-child(4) button').click();
  await expect(page.locator('[data-initiative-detail]')).toBeVisible();
  const countsAfterOpen = await page.evaluate(async (from) => {
    for (let i = 0; i < 5; i++) await new Promise((r) => requestAnimationFrame(r));
    return (window as unknown as { __frames: string[][] }).__frames.slice(from).map((f) => f.length);
  }, from);
  expect(countsAfterOpen.length).toBeGreaterThan(0);
  expect(countsAfterOpen.every((n) => n === PAGE_SIZE), String(countsAfterOpen)).toBe(true);
  expect(errors).toEqual([]);
});
