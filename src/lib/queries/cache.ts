/**
 * Query cache (Mosaic's habit): the promise is stored at once, so identical queries in flight share
 * one run; results stay in a small LRU. Failures are not cached. Call clear() when tables change.
 */
import type { Connector } from '../db/connector';
import type { BoundSql, NamedQuery } from './define';

export const DEFAULT_CACHE_ENTRIES = 200;

export class QueryCache {
  private readonly entries = new Map<string, Promise<unknown[]>>();

  constructor(private readonly maxEntries = DEFAULT_CACHE_ENTRIES) {}

  get size(): number {
    return this.entries.size;
  }

  /** Cached promise for the key, else runs `load` and caches its promise. */
  getOrRun<R>(key: string, load: () => Promise<R[]>): Promise<R[]> {
    const hit = this.entries.get(key);
    if (hit) {
      // Refresh recency: a Map iterates in insertion order, so re-inserting moves it to the end.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit as Promise<R[]>;
    }
    const pending = load();
    this.entries.set(key, pending);
    pending.catch(() => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return pending;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Same name and same SQL + bound values → same key (whatever the key order of the params object). */
export function cacheKey(name: string, bound: BoundSql): string {
  return `${name}\u0000${bound.sql}\u0000${JSON.stringify(bound.params)}`;
}

export interface QueryRunner {
  run<P, R>(query: NamedQuery<P, R>, params: P): Promise<R[]>;
  /** Runs without keeping the result: for results the caller keeps in its own form (the focus cube's 1M rows). */
  runOnce<P, R>(query: NamedQuery<P, R>, params: P): Promise<R[]>;
  /** Forget every cached result (after an import changed the tables). */
  clear(): void;
}

export function createQueryRunner(connector: Connector, maxEntries = DEFAULT_CACHE_ENTRIES): QueryRunner {
  const cache = new QueryCache(maxEntries);
  return {
    run<P, R>(query: NamedQuery<P, R>, params: P): Promise<R[]> {
      let bound: BoundSql;
      try {
        bound = query.build(params);
      } catch (error) {
        return Promise.reject(error);
      }
      return cache.getOrRun(cacheKey(query.name, bound), () => connector.query<R>(bound.sql, bound.params, bound.scope));
    },
    runOnce<P, R>(query: NamedQuery<P, R>, params: P): Promise<R[]> {
      try {
        const bound = query.build(params);
        return connector.query<R>(bound.sql, bound.params, bound.scope);
      } catch (error) {
        return Promise.reject(error);
      }
    },
    clear: () => cache.clear()
  };
}
