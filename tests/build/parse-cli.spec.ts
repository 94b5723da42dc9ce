/** `npm run parse`: the contract's JSON for a plan; one line and exit 1 for input that is not one. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const parse = (...args: string[]) => run(TSX, ['src/build/parse-cli.ts', ...args], { cwd: process.cwd(), maxBuffer: 32 * 1024 * 1024 });
const failure = (...args: string[]) =>
  parse(...args).then(
    (r) => ({ code: 0, stderr: r.stderr }),
    (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr })
  );
const FIX = 'tests/fixtures/bad-input';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'wpl-parse-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('npm run parse', () => {
  it('prints the contract JSON for a real document', async () => {
    const { stdout } = await parse('data/raw/totsuka-2022.txt');
    const plan = JSON.parse(stdout);
    expect(plan).toMatchObject({ ward: '戸塚区', fiscal_year: 2022, basic_goal: 'こころ豊かに つながる笑顔 元気なとつか', truncated: false });
    expect(plan.pillars).toHaveLength(5);
    expect(plan.pillars[0].initiatives[2]).toMatchObject({ markers: ['新', 'コ', 'デ'], lines: [83, 83] });
    expect(Array.isArray(plan.warnings)).toBe(true);
  }, 30_000);

  it('decodes Shift_JIS (CP932, CRLF) text', async () => {
    const plan = JSON.parse((await parse(`${FIX}/plan-shift-jis.txt`)).stdout);
    expect(plan.ward).toBe('テスト区');
    expect(plan.pillars.map((p: { title: string }) => p.title)).toEqual(['安心して暮らせるまちづくり', '子育てを応援するまちづくり']);
  }, 30_000);

  it('reads HTML through the shared HTML-to-text function, scripts dropped', async () => {
    const { stdout } = await parse(`${FIX}/plan.html`);
    const plan = JSON.parse(stdout);
    expect(plan.pillars.flatMap((p: { initiatives: { title: string }[] }) => p.initiatives.map((i) => i.title))).toEqual(['地域防災拠点の訓練', '子育て相談の充実']);
    expect(stdout).not.toContain('document.title');
  }, 30_000);

  it('--ward and --year fill in and win over the document', async () => {
    const plan = JSON.parse((await parse(`${FIX}/plan.html`, '--ward', '別区', '--year', '2024')).stdout);
    expect(plan).toMatchObject({ ward: '別区', fiscal_year: 2024 });
  }, 30_000);

  it.each([
    ['empty.txt', /empty\.txt.*(empty|空)/i],
    ['binary.bin', /binary\.bin.*(binary|バイナリ)/i],
    ['not-a-plan.html', /not-a-plan\.html.*(not a plan|plan|計画)/i],
    ['missing.txt', /missing\.txt: no such file/]
  ])('%s: one line on stderr, exit 1', async (file, message) => {
    const r = await failure(`${FIX}/${file}`);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  }, 30_000);

  it('refuses a file over 20 MB without reading it', async () => {
    const big = join(work, 'huge.txt');
    await writeFile(big, '');
    await truncate(big, 21 * 1024 * 1024);
    const r = await failure(big);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/huge\.txt: .*20 MB/);
  }, 30_000);

  it('rejects a bad --year', async () => {
    const r = await failure('data/raw/izumi-2022.txt', '--year', 'abc');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--year abc/);
  }, 30_000);
});
