/**
 * Static server for the benchmark, 127.0.0.1 only: brotli (or gzip) with correct content types
 * (application/wasm included). Compressed bodies are cached on disk (bench/work/compress-cache), so the
 * 34 MB wasm is brotli-11 compressed once; data files (.arrow/.parquet) use brotli 9 (brotli 11 on
 * 100k–1M rows would take minutes per run). `/data/*` is served from a separate folder (the synthetic set)
 * that can be swapped between sizes. Like ordinary static hosts, the URL path is percent-decoded; a
 * request that only resolves with the raw (still-encoded) name is served but counted in `rawFallbacks`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { IMMUTABLE, isVersionedDuckDBPath } from '../../src/build/duckdb-cache-headers';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.arrow': 'application/vnd.apache.arrow.stream',
  '.parquet': 'application/vnd.apache.parquet',
  '.map': 'application/json; charset=utf-8'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt', '.md', '.arrow', '.map', '.ico']);
const DATA_EXT = new Set(['.arrow', '.parquet']);

export interface BenchServer {
  url: string;
  setDataDir(dir: string): void;
  /** Compress (and cache) every compressible file under root and the data dir before measuring. */
  warmCompression(log?: (s: string) => void): Promise<void>;
  stats: { requests: number; rawFallbacks: string[]; notFound: string[] };
  close(): Promise<void>;
}

export async function startServer(opts: { root: string; dataDir: string; cacheDir: string; port?: number }): Promise<BenchServer> {
  const root = resolve(opts.root);
  let dataDir = resolve(opts.dataDir);
  mkdirSync(opts.cacheDir, { recursive: true });
  const stats = { requests: 0, rawFallbacks: [] as string[], notFound: [] as string[] };
  const inflight = new Map<string, Promise<Buffer>>();
  const contentIds = new Map<string, string>();

  const compressed = (file: string, enc: 'br' | 'gzip'): Promise<Buffer> => {
    const st = statSync(file);
    const ext = extname(file);
    const quality = DATA_EXT.has(ext) ? 9 : 11;
    // Keyed by content: the site's and the bare page's copies of the same wasm share one entry.
    const idKey = `${file}|${st.size}|${st.mtimeMs}`;
    let digest = contentIds.get(idKey);
    if (!digest) contentIds.set(idKey, (digest = createHash('sha1').update(readFileSync(file)).digest('hex')));
    const key = `${digest}-q${quality}`;
    const cached = join(opts.cacheDir, `${key}.${enc}`);
    if (existsSync(cached)) return Promise.resolve(readFileSync(cached));
    let p = inflight.get(cached);
    if (!p) {
      const raw = readFileSync(file);
      p = (enc === 'br'
        ? brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : gzip(raw, { level: 9 })
      ).then((buf) => {
        writeFileSync(cached, buf);
        inflight.delete(cached);
        return buf;
      });
      inflight.set(cached, p);
    }
    return p;
  };

  const resolveFile = (urlPath: string): string | null => {
    const isData = urlPath.startsWith('/data/');
    const base = isData ? dataDir : root;
    const rel = isData ? urlPath.slice('/data/'.length) : urlPath.slice(1);
    const tryPath = (r: string) => {
      const p = normalize(join(base, r));
      if (p !== base && !p.startsWith(base + sep)) return null;
      if (!existsSync(p)) return null;
      const st = statSync(p);
      if (st.isDirectory()) {
        const idx = join(p, 'index.html');
        return existsSync(idx) ? idx : null;
      }
      return p;
    };
    let decoded: string;
    try {
      decoded = decodeURIComponent(rel);
    } catch {
      decoded = rel;
    }
    const hit = tryPath(decoded);
    if (hit) return hit;
    const raw = tryPath(rel);
    if (raw) {
      if (stats.rawFallbacks.length < 50) stats.rawFallbacks.push(urlPath);
      return raw;
    }
    // SvelteKit static output: /plan → plan.html
    return tryPath(`${decoded.replace(/\/$/, '')}.html`);
  };

  const server: Server = createServer(async (req, res) => {
    stats.requests++;
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const file = resolveFile(url.pathname);
      if (!file) {
        if (stats.notFound.length < 50) stats.notFound.push(url.pathname);
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const ext = extname(file);
      const headers: Record<string, string> = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        // Hashed assets and the versioned DuckDB folder may be cached (as the README asks of hosts);
        // everything else revalidates.
        'cache-control': /\/(assets|_app\/immutable)\//.test(url.pathname) || isVersionedDuckDBPath(url.pathname) ? IMMUTABLE : 'no-cache',
        'last-modified': statSync(file).mtime.toUTCString(),
        vary: 'accept-encoding',
        'cross-origin-resource-policy': 'same-origin'
      };
      if (req.headers['if-modified-since'] === headers['last-modified']) {
        res.writeHead(304, headers).end();
        return;
      }
      const accept = String(req.headers['accept-encoding'] ?? '');
      let body: Buffer;
      if (COMPRESSIBLE.has(ext) && /\bbr\b/.test(accept)) {
        body = await compressed(file, 'br');
        headers['content-encoding'] = 'br';
      } else if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(accept)) {
        body = await compressed(file, 'gzip');
        headers['content-encoding'] = 'gzip';
      } else body = readFileSync(file);
      headers['content-length'] = String(body.length);
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
    }
  });
  await new Promise<void>((ok) => server.listen(opts.port ?? 0, '127.0.0.1', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;

  const walk = (dir: string, out: string[]) => {
    if (!existsSync(dir)) return out;
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p, out);
      // mvp bundles are compressed on demand only (Chromium takes the eh bundle).
      else if (COMPRESSIBLE.has(extname(p)) && !p.endsWith('.map') && !/mvp/.test(name) && extname(p) !== '.parquet') out.push(p);
    }
    return out;
  };

  return {
    url: `http://127.0.0.1:${port}`,
    setDataDir(dir) {
      dataDir = resolve(dir);
    },
    async warmCompression(log) {
      const files = [...walk(root, []), ...walk(dataDir, [])];
      const t0 = Date.now();
      // Two at a time: the machine has 2 cores. Brotli first (what Chromium asks for over https/localhost), gzip too.
      let i = 0;
      const work = async () => {
        while (i < files.length) {
          const f = files[i++];
          await compressed(f, 'br');
          await compressed(f, 'gzip');
        }
      };
      await Promise.all([work(), work()]);
      log?.(`compression cache ready for ${files.length} files in ${Date.now() - t0} ms`);
    },
    stats,
    close: () => new Promise<void>((ok) => server.close(() => ok()))
  };
}
