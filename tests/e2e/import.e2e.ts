/**
 * Adding plans in the browser: text, HTML and PDF; the plans appear in every view marked as imported,
 * survive a reload, give a ward its lineage across years, and can be removed. Hostile files get a
 * clear message and leave the page working; hostile text stays inert everywhere.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { waitForEngine, watchErrors, watchRequests } from './helpers';

async function importFile(page: Page, path: string) {
  await page.locator('input[type=file]').setInputFiles(path);
}
async function addPreviewed(page: Page) {
  await page.getByRole('button', { name: 'この内容で追加' }).click();
  await expect(page.getByText('追加しました。')).toBeVisible({ timeout: 30_000 });
}

test('import two years of a ward (text), see them everywhere with lineage, reload, then remove', async ({ page }) => {
  const outside = watchRequests(page);
  const errors = watchErrors(page);
  await page.goto('/import/');
  await waitForEngine(page);

  await importFile(page, 'tests/fixtures/lineage/test-ku-2023.txt');
  // Ward and year are read from the document's title line (令和5年度 テスト区運営方針).
  await expect(page.getByLabel('区', { exact: true })).toHaveValue('テスト区');
  await expect(page.getByLabel('年度', { exact: true })).toHaveValue('2023');
  await expect(page.getByText('施策 4・取組 12')).toBeVisible();
  // テスト区 is no ward of Yokohama and the text names no city: the form asks for one before adding.
  await expect(page.getByLabel('市')).toHaveValue('');
  await expect(page.getByRole('button', { name: 'この内容で追加' })).toBeDisabled();
  await page.getByLabel('市').fill('テスト市');
  await addPreviewed(page);
  await importFile(page, 'tests/fixtures/lineage/test-ku-2024.txt');
  await page.getByLabel('市').fill('テスト市');
  await expect(page.getByText('施策 4・取組 13')).toBeVisible();
  await addPreviewed(page);
  await expect(page.locator('ul.imported li')).toHaveCount(2);

  // Every view sees them at once.
  await page.goto('/initiatives/?ward=%E3%83%86%E3%82%B9%E3%83%88%E5%8C%BA');
  await waitForEngine(page);
  await expect(page.locator('[data-result-count]')).toHaveAttribute('data-result-count', '25');
  await page.goto('/years/');
  await waitForEngine(page);
  // The fixtures were written with 11 links between the two years (see tests/lineage).
  await expect(page.getByRole('heading', { name: /取組の系譜: テスト区/ })).toBeVisible();
  await page.getByRole('button', { name: '表で見る' }).first().click();
  await expect(page.getByText('名称変更').first()).toBeVisible();

  // Persisted: a reload keeps them.
  await page.goto('/compare/');
  await page.reload();
  await waitForEngine(page);
  await page.getByLabel('計画を追加').selectOption({ label: 'テスト区 令和5年度 (2023) · 全文 · 追加したプラン' });
  await page.getByRole('button', { name: '追加', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'テスト区 令和5年度 (2023)' })).toBeVisible();

  // Removable.
  await page.goto('/import/');
  await waitForEngine(page);
  await page.getByRole('button', { name: '削除' }).first().click();
  await expect(page.locator('ul.imported li')).toHaveCount(1);
  await page.getByRole('button', { name: '削除' }).first().click();
  await expect(page.getByText('まだありません。')).toBeVisible();
  await page.goto('/initiatives/?ward=%E3%83%86%E3%82%B9%E3%83%88%E5%8C%BA');
  await waitForEngine(page);
  await expect(page.locator('[data-result-count]')).toHaveAttribute('data-result-count', '0');
  await page.goto('/initiatives/');
  await waitForEngine(page);
  await expect(page.locator('[data-result-count]')).toHaveAttribute('data-result-count', '40');
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});

test('import a PDF (text layer read by pdf.js in a worker) and an HTML page with scripts that never run', async ({ page }) => {
  await page.goto('/import/');
  await waitForEngine(page);
  await importFile(page, 'tests/fixtures/pdf/test-plan.pdf');
  await expect(page.getByText('施策 2・取組 3')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('防災力向上事業').first()).toBeVisible();
  await page.getByRole('button', { name: 'やめる' }).click();

  // A text copy with no line breaks (the city's .txt versions): read by splitting it, and the preview says so.
  await importFile(page, 'tests/fixtures/plans/flat-pdf-text.txt');
  await expect(page.getByText('施策 3・取組 4')).toBeVisible();
  await expect(page.getByLabel('年度', { exact: true })).toHaveValue('2025');
  await expect(page.locator('ul.warnings li', { hasText: 'no line breaks' })).toHaveText(/^1 行目: /);
  await page.getByRole('button', { name: 'やめる' }).click();

  // The city comes from the text where it is printed with the ward; a Yokohama ward name without one is
  // taken as Yokohama's, and the form says so.
  const body = '基本目標\n緑と川のまち\n目標達成に向けた施策\n1 安全なまち\n・防災訓練を支援します。\n';
  await page.locator('input[type=file]').setInputFiles({ name: 'nakahara.txt', mimeType: 'text/plain', buffer: Buffer.from(`令和5年度 川崎市中原区運営方針\n${body}`) });
  await expect(page.getByLabel('区', { exact: true })).toHaveValue('中原区');
  await expect(page.getByLabel('市')).toHaveValue('川崎市');
  await page.getByRole('button', { name: 'やめる' }).click();
  await page.locator('input[type=file]').setInputFiles({ name: 'izumi.txt', mimeType: 'text/plain', buffer: Buffer.from(`令和5年度 泉区運営方針\n${body}`) });
  await expect(page.getByLabel('市')).toHaveValue('横浜市');
  await expect(page.getByText('市は文書に書かれていないため横浜市としています。')).toBeVisible();
  await page.getByRole('button', { name: 'やめる' }).click();

  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await importFile(page, 'tests/fixtures/bad-input/plan.html');
  await expect(page.getByText('施策 2・取組 2')).toBeVisible();
  await page.getByLabel('市').fill('テスト市');
  await addPreviewed(page);
  expect(dialogs).toBe(0);
  expect(await page.title()).not.toBe('x');
  await page.getByRole('link', { name: '計画を開く' }).click();
  await waitForEngine(page);
  await expect(page.getByText('追加したプラン')).toBeVisible();
  await expect(page.getByText('地域防災拠点での訓練を年2回実施します。')).toBeVisible();
  await page.goto('/import/');
  await page.getByRole('button', { name: '削除' }).first().click();
  await expect(page.getByText('まだありません。')).toBeVisible();
});

test('hostile files get a clear message and nothing already loaded is lost', async ({ page }) => {
  await page.goto('/import/');
  await waitForEngine(page);
  await importFile(page, 'tests/fixtures/bad-input/binary.bin');
  await expect(page.getByRole('alert')).toContainText('binary.bin');
  await importFile(page, 'tests/fixtures/bad-input/not-a-plan.html');
  await expect(page.getByRole('alert')).toContainText('not-a-plan.html');
  await page.locator('input[type=file]').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: await readFile('tests/fixtures/pdf/no-text.pdf') });
  await expect(page.getByRole('alert')).toContainText('PDF にテキストがありません');
  await page.locator('input[type=file]').setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(21 * 1024 * 1024, 0x41) });
  await expect(page.getByRole('alert')).toContainText('20 MB');
  await page.goto('/initiatives/');
  await waitForEngine(page);
  await expect(page.locator('[data-result-count]')).toHaveAttribute('data-result-count', '40');
});

test('hostile plan text stays inert in the preview, the plan page, the list, tooltips and the CSV', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/import/');
  await waitForEngine(page);
  await importFile(page, 'tests/fixtures/hostile/hostile-plan.txt');
  await expect(page.getByText('<img src=x onerror="window.__pwned=2">防災のまちづくり', { exact: false }).first()).toBeVisible();
  await page.getByLabel('市').fill('テスト市');
  await addPreviewed(page);
  await page.getByRole('link', { name: '計画を開く' }).click();
  await waitForEngine(page);
  await expect(page.getByText('<script>window.__pwned = 1</script>安全なまち')).toBeVisible();
  await expect(page.getByText(/javascript:window.__pwned=4/)).toBeVisible();
  await page.goto('/initiatives/?ward=%E3%83%86%E3%82%B9%E3%83%88%E5%8C%BA');
  await waitForEngine(page);
  await expect(page.locator('[data-result-count]')).toHaveAttribute('data-result-count', '3');
  await page.getByRole('button', { name: /HYPERLINK/ }).click();
  await expect(page.locator('[data-initiative-detail]')).toContainText('右から左');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
  const csv = (await readFile(await download.path())).toString('utf8');
  expect(csv).toContain(`"'=HYPERLINK(`);
  expect(csv).toContain("防災'; DROP TABLE plans; --事業");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main script, main img, main svg[onload]').count()).toBe(0);
  expect(dialogs).toBe(0);
  await page.goto('/import/');
  await page.getByRole('button', { name: '削除' }).first().click();
  await expect(page.getByText('まだありません。')).toBeVisible();
});
