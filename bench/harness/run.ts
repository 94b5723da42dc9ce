/**
 * `npm run bench [-- --sizes 1k,100k] [--runs 5] [--filters 24] [--skip-site-build] [--skip-bare-build]`
 *   `[--site-path '/plan/?id=…'] [--open-only]` (only the page opening: no filter changes or searches)
 *
 * 1. generates the synthetic sets (bench/work/data/<size>, synthetic: true, never under static/data);
 * 2. builds the site (`npm run build`, snapshot copied to bench/work/site) and the bare page
 *    (bench/bare → bench/work/bare-dist);
 * 3. serves both on 127.0.0.1 with brotli/gzip; `/data/` of BOTH servers is the synthetic set of the size
 *    being measured (the site has no ?manifest= switch: its build/data is shadowed, build/ is not touched);
 * 4. drives Debian's Chromium: per run a cold load (fresh profile) then a warm reload, bare and site
 *    interleaved; then filter changes and searches on the last warm page of each;
 * 5. writes bench/results/latest.json and latest.md (site figures as ratios to the bare page's, same run).
 * Sizes: 1k, 100k (default), 1m (optional, ~10 min more on 2 cores), any N, and `shipped` (the real data the
 * site build wrote). Every wait is bounded; a missing site hook is recorded as null with the reason.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { parseSize } from '../generate/generate';
import { SEARCH_QUERIES } from '../generate/words';
import { ensureSyntheticSet } from '../generate/write';
import { CHROMIUM, CHROMIUM_ARGS, measureFilters, measureLoad, measureSearch, openCold, type Kind, type LoadResult } from './measure';
import { startServer } from './server';
import { renderMarkdown, summarize, type Interactive, type SizeReport } from './report';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, 'bench/work');
const argv = process.argv.slice(2);
const flag = (name: string, def?: string) => {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0 && argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : def;
};
const has = (name: string) => argv.includes(`--${name}`);

const sizes = (flag('sizes', '1k,100k') as string).split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
const runs = Math.max(1, Number(flag('runs', '5')));
const filterChanges = Math.max(1, Number(flag('filters', '24')));
const searchReps = Math.max(1, Number(flag('search-reps', '3')));
const sitePath = flag('site-path', '/') as string;
const openOnly = has('open-only');
const outDir = resolve(ROOT, flag('out', 'bench/results') as string);
/** The returning visit (a reload after the filter changes and searches) is measured up to this size: at 1M a reload takes minutes. */
const RETURNING_MAX_INITIATIVES = 300_000;
/** Before that reload: Chromium writes compiled wasm ~2 s after the code is optimised (V8's caching timeout). */
const RETURNING_PAUSE_MS = 3_000;
const log = (s: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);

function build(cmd: string, args: string[], label: string, timeoutMs: number): string | null {
  log(`${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=12288`.trim() }
  });
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-12).join('\n');
    log(`${label} FAILED (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${tail}`);
    return `${label} failed (exit ${r.status}): ${tail.split('\n').slice(-3).join(' | ')}`;
  }
  return null;
}

async function main() {
  const started = new Date();
  const t0 = Date.now();
  mkdirSync(WORK, { recursive: true });
  const errors: string[] = [];

  // 1. Builds.
  const siteDir = join(WORK, 'site');
  let siteError: string | null = null;
  if (!has('skip-site-build')) {
    siteError = build('npm', ['run', 'build'], 'site build', 10 * 60_000);
    if (!siteError) {
      rmSync(siteDir, { recursive: true, force: true });
      cpSync(join(ROOT, 'build'), siteDir, { recursive: true });
    }
  }
  if (!existsSync(join(siteDir, 'index.html'))) siteError ??= 'no site build at bench/work/site';
  if (siteError) errors.push(siteError);
  const bareDir = join(WORK, 'bare-dist');
  if (!has('skip-bare-build')) {
    const e = build('npx', ['vite', 'build', '--config', 'bench/bare/vite.config.ts'], 'bare build', 5 * 60_000);
    if (e) throw new Error(e);
  }

  // 2. Data sets.
  const sets: Array<{ label: string; dir: string; initiatives: number; note: string | null }> = [];
  for (const label of sizes) {
    if (label === 'shipped') {
      const dir = join(WORK, 'data/shipped');
      if (!existsSync(join(siteDir, 'data/manifest.json'))) {
        errors.push('size shipped: no site build data');
        continue;
      }
      rmSync(dir, { recursive: true, force: true });
      cpSync(join(siteDir, 'data'), dir, { recursive: true });
      const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      const rows = m.tables.find((t: { name: string }) => t.name === 'initiatives')?.rows ?? 0;
      sets.push({ label, dir, initiatives: rows, note: 'the real data of the site build' });
      continue;
    }
    const n = parseSize(label);
    if (n > 300_000) {
      // Big sets are generated in a child process with a larger heap (writeTables holds every row).
      const e = build('npx', ['tsx', 'bench/generate/cli.ts', '--sizes', label], `generate ${label}`, 20 * 60_000);
      if (e) {
        errors.push(e);
        continue;
      }
    }
    const info = await ensureSyntheticSet(n, join(WORK, 'data', label), { log });
    sets.push({ label, dir: info.dir, initiatives: info.initiatives, note: `synthetic: ${info.plans} plans, ${info.cities} cities` });
  }

  // 3. Servers.
  const cacheDir = join(WORK, 'compress-cache');
  const siteServer = siteError ? null : await startServer({ root: siteDir, dataDir: sets[0]?.dir ?? WORK, cacheDir });
  const bareServer = await startServer({ root: bareDir, dataDir: sets[0]?.dir ?? WORK, cacheDir });
  log(`servers: bare ${bareServer.url}${siteServer ? `, site ${siteServer.url}` : ''}`);

  const probe = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const chromiumVersion = probe.version();
  await probe.close();

  const reports: SizeReport[] = [];
  try {
    for (const set of sets) {
      const timeoutMs = set.initiatives > 300_000 ? 240_000 : 90_000;
      log(`== ${set.label} (${set.initiatives} initiatives) ==`);
      bareServer.setDataDir(set.dir);
      siteServer?.setDataDir(set.dir);
      await bareServer.warmCompression(log);
      await siteServer?.warmCompression(log);
      const kinds: Kind[] = siteServer ? ['bare', 'site'] : ['bare'];
      const loads: Record<Kind, { cold: LoadResult[]; warm: LoadResult[] }> = { bare: { cold: [], warm: [] }, site: { cold: [], warm: [] } };
      const interactive: Interactive = {
        bare: { filter: null, search: null, returning: null },
        site: { filter: null, search: null, returning: null }
      };
      for (let r = 0; r < runs; r++) {
        for (const kind of kinds) {
          const server = kind === 'bare' ? bareServer : siteServer!;
          const url = `${server.url}${kind === 'bare' ? '/' : sitePath}`;
          const session = await openCold();
          try {
            const cold = await measureLoad(session.context, session.page, kind, url, timeoutMs);
            loads[kind].cold.push(cold);
            const warm = await measureLoad(session.context, session.page, kind, null, timeoutMs);
            loads[kind].warm.push(warm);
            log(`${set.label} ${kind} run ${r + 1}/${runs}: cold chart ${fmt(cold.firstChart)} interactive ${fmt(cold.interactive)} | warm chart ${fmt(warm.firstChart)} interactive ${fmt(warm.interactive)}${cold.error ? ` | ERROR ${cold.error}` : ''}${warm.error ? ` | warm ERROR ${warm.error}` : ''}`);
            if (r === runs - 1 && !warm.error && !openOnly) {
              // The views the timings run on may load partitions the opening view did not (untimed, bounded like a load).
              interactive[kind].filter = await measureFilters(session.page, kind, filterChanges, 30_000, 4 * timeoutMs);
              interactive[kind].search = await measureSearch(session.page, kind, SEARCH_QUERIES, searchReps, 60_000, 4 * timeoutMs);
              log(`${set.label} ${kind}: filter ${interactive[kind].filter?.error ?? `${interactive[kind].filter?.samples.length} changes`}; search ${interactive[kind].search?.error ?? 'ok'}`);
              if (set.initiatives <= RETURNING_MAX_INITIATIVES) {
                // A returning visit: the same profile after that use. Chromium may now hold compiled wasm
                // (src/head/duckdb-worker.js); it writes it a moment after the code is optimised.
                await session.page.waitForTimeout(RETURNING_PAUSE_MS);
                const load = await measureLoad(session.context, session.page, kind, null, timeoutMs);
                const search = load.error ? null : await measureSearch(session.page, kind, SEARCH_QUERIES, searchReps, 60_000, 4 * timeoutMs);
                interactive[kind].returning = { load, search };
                log(`${set.label} ${kind} returning: interactive ${fmt(load.interactive)}; search ${search?.error ?? (search ? 'ok' : load.error)}`);
              }
            }
          } finally {
            await session.dispose();
          }
        }
      }
      reports.push(summarize(set, loads, interactive, siteError));
    }
  } finally {
    const serverNotes = [bareServer, siteServer].filter(Boolean).map((s) => s!.stats);
    await bareServer.close();
    await siteServer?.close();
    for (const s of serverNotes) {
      if (s.rawFallbacks.length) errors.push(`server: ${s.rawFallbacks.length} request(s) resolved only by the still-percent-encoded file name (a standard static host would 404), e.g. ${s.rawFallbacks[0]}`);
      const nf = [...new Set(s.notFound)];
      if (nf.length) errors.push(`server: 404 for ${nf.slice(0, 5).join(', ')}${nf.length > 5 ? ' …' : ''}`);
    }
  }

  const nproc = cpus().length;
  const command = `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`;
  const result = {
    command,
    date: started.toISOString(),
    durationSec: Math.round((Date.now() - t0) / 1000),
    machine: { nproc, memGB: Math.round(totalmem() / 1e9), chromium: chromiumVersion, node: process.version, cpu: cpus()[0]?.model ?? null },
    git: gitHead(),
    settings: { runs, filterChanges, searchReps, searchQueries: SEARCH_QUERIES, sitePath, chromiumArgs: CHROMIUM_ARGS },
    notes: errors,
    sizes: reports
  };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'latest.json'), JSON.stringify(result, null, 2) + '\n');
  writeFileSync(join(outDir, 'latest.md'), renderMarkdown(result));
  log(`wrote ${join(outDir, 'latest.json')} and latest.md in ${result.durationSec} s`);
}

function gitHead(): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: ROOT, encoding: 'utf8' }).trim() ? ' (+ uncommitted src changes)' : '';
    return head + dirty;
  } catch {
    return null;
  }
}

const fmt = (n: number | null) => (n === null ? '—' : `${Math.round(n)}`);

main().catch((e) => {
  console.error(`npm run bench: ${e instanceof Error ? e.stack : e}`);
  process.exit(1);
});
