/**
 * Loads the partitions of partitioned tables as queries need them (see partitions.ts), so a view that
 * shows one plan or one ward fetches that plan's files, not the nation's. A query waits until every
 * file its scope needs is in; it is never answered from a subset. Files are fetched up to
 * PREFETCH_FILES + 1 at a time, smallest request first (a plan page is not stuck behind a national
 * load), each checked (SHA-256, Arrow schema) before it is appended. A bad file rejects the queries that
 * need it, naming the file; it is tried again by the next query that needs it.
 */
import type { PlanScope } from './connector';
import { checkArrowFile, PREFETCH_FILES, type LoadDeps } from './load-tables';
import { filesForPlans, isLoadedByPartition, partitionColumns, plansInScopeSql, type PlanKeyRow } from './partitions';
import type { Manifest, ManifestFile, ManifestTable } from '../tables/manifest';
import type { TableName } from '../tables/schema';

export interface PartitionLoaderDeps extends LoadDeps {
  /** Runs the statement that resolves a scope to plans (plans is always loaded whole). */
  query(sql: string, params: PlanScope['params']): Promise<PlanKeyRow[]>;
  /** Called when nothing is being fetched or inserted any more. */
  onIdle?: () => void;
}

interface Job {
  table: TableName;
  file: ManifestFile;
  /** Files in the smallest request that asked for this one: lower goes first. */
  priority: number;
  order: number;
  done: boolean;
  promise: Promise<void>;
  resolve: () => void;
  reject: (e: Error) => void;
}

export class PartitionLoader {
  readonly #tables: ManifestTable[];
  readonly #columns: string[];
  readonly #url: string;
  readonly #deps: PartitionLoaderDeps;
  /** Every file asked for, by path, until it fails. */
  readonly #jobs = new Map<string, Job>();
  #queue: Job[] = [];
  #running = 0;
  #order = 0;
  #inserts: Promise<void> = Promise.resolve();
  #scopes = new Map<string, Promise<PlanKeyRow[]>>();
  /** Tables whose every file is in: most queries after a national load stop here. */
  readonly #completeTables = new Set<TableName>();
  #batch = { loaded: 0, total: 0, table: 'initiatives' as TableName };

  constructor(manifest: Manifest, manifestUrl: string, deps: PartitionLoaderDeps) {
    this.#tables = manifest.tables.filter(isLoadedByPartition);
    this.#columns = partitionColumns(this.#tables);
    this.#url = manifestUrl;
    this.#deps = deps;
  }

  /** Resolves once every file of these tables that rows in `scope` (every plan without one) live in is loaded. */
  async ensure(tables: readonly TableName[], scope?: PlanScope): Promise<void> {
    const needed = this.#tables.filter((t) => tables.includes(t.name));
    if (needed.length === 0 || needed.every((t) => this.#complete(t))) return;
    const plans = scope ? await this.#plansIn(scope) : 'all';
    const files = needed.flatMap((t) => filesForPlans(t, plans).map((file) => ({ table: t.name, file })));
    const waits = files.map(({ table, file }) => this.#request(table, file, files.length));
    this.#pump();
    await Promise.all(waits);
  }

  #complete(table: ManifestTable): boolean {
    if (this.#completeTables.has(table.name)) return true;
    const complete = table.files.every((f) => f.format !== 'arrow' || this.#jobs.get(f.path)?.done === true);
    if (complete) this.#completeTables.add(table.name);
    return complete;
  }

  #plansIn(scope: PlanScope): Promise<PlanKeyRow[]> {
    const key = `${scope.sql}\u0000${JSON.stringify(scope.params)}`;
    let rows = this.#scopes.get(key);
    if (!rows) {
      const { sql, params } = plansInScopeSql(scope, this.#columns);
      rows = this.#deps.query(sql, params);
      this.#scopes.set(key, rows);
      rows.catch(() => this.#scopes.delete(key));
    }
    return rows;
  }

  #request(table: TableName, file: ManifestFile, priority: number): Promise<void> {
    const existing = this.#jobs.get(file.path);
    if (existing) {
      existing.priority = Math.min(existing.priority, priority);
      return existing.promise;
    }
    let resolve!: () => void;
    let reject!: (e: Error) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.catch(() => undefined); // reported through the queries that wait for it
    const job: Job = { table, file, priority, order: this.#order++, done: false, promise, resolve, reject };
    this.#jobs.set(file.path, job);
    this.#queue.push(job);
    this.#batch.total += file.bytes;
    return promise;
  }

  #next(): Job | undefined {
    if (this.#queue.length === 0) return undefined;
    let best = 0;
    for (let k = 1; k < this.#queue.length; k++) {
      const a = this.#queue[k];
      const b = this.#queue[best];
      if (a.priority < b.priority || (a.priority === b.priority && a.order < b.order)) best = k;
    }
    return this.#queue.splice(best, 1)[0];
  }

  #pump(): void {
    while (this.#running < PREFETCH_FILES + 1) {
      const job = this.#next();
      if (!job) break;
      this.#running++;
      void this.#load(job).finally(() => {
        this.#running--;
        this.#pump();
        if (this.#running === 0 && this.#queue.length === 0) {
          this.#batch = { loaded: 0, total: 0, table: this.#batch.table };
          this.#deps.onIdle?.();
        }
      });
    }
  }

  async #load(job: Job): Promise<void> {
    let received = 0;
    const setReceived = (bytes: number) => {
      this.#batch.loaded += bytes - received;
      received = bytes;
      this.#batch.table = job.table;
      this.#deps.onProgress?.({ table: job.table, loadedBytes: this.#batch.loaded, totalBytes: this.#batch.total });
    };
    try {
      const bytes = await this.#deps.fetchBytes(new URL(job.file.path, this.#url).href, setReceived);
      await checkArrowFile(job.table, job.file, bytes, this.#deps.sha256);
      // One insert at a time; the next files keep downloading meanwhile.
      const insert = this.#inserts.then(() => this.#deps.sink.insertArrowIPC(job.table, bytes, false));
      this.#inserts = insert.catch(() => undefined);
      await insert;
      setReceived(job.file.bytes);
      job.done = true;
      job.resolve();
    } catch (cause) {
      setReceived(job.file.bytes); // counted as finished, so progress still reaches the end
      this.#jobs.delete(job.file.path);
      const reason = cause instanceof Error ? cause.message : String(cause);
      job.reject(new Error(`データファイル ${job.file.path}（テーブル ${job.table}）を読み込めませんでした: ${reason}`, { cause }));
    }
  }
}
