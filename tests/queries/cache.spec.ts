import { describe, expect, it, vi } from 'vitest';
import type { Connector, QueryParam } from '../../src/lib/db/connector';
import { QueryCache, createQueryRunner, defineQuery, planById, initiativeList } from '../../src/lib/queries';
import { filters } from './fixture-db';

/** A stub connector that records calls and answers when told to. */
function stubConnector() {
  const calls: { sql: string; params: readonly QueryParam[] }[] = [];
  const pending: ((rows: unknown[]) => void)[] = [];
  const connector: Connector = {
    query<T>(sql: string, params: readonly QueryParam[] = []) {
      calls.push({ sql, params });
      return new Promise<T[]>((resolve) => pending.push(resolve as (rows: unknown[]) => void));
    }
  };
  return { connector, calls, resolveAll: (rows: unknown[]) => pending.splice(0).forEach((r) => r(rows)) };
}

describe('createQueryRunner', () => {
  it('shares one in-flight run between two identical concurrent calls', async () => {
    const stub = stubConnector();
    const runner = createQueryRunner(stub.connector);
    const a = runner.run(planById, { plan_id: 'x' });
    const b = runner.run(planById, { plan_id: 'x' });
    expect(stub.calls).toHaveLength(1);
    stub.resolveAll([{ plan_id: 'x' }]);
    expect(await a).toEqual([{ plan_id: 'x' }]);
    expect(await b).toBe(await a);
  });
  it('runs different params separately, and serves a repeat from the cache', async () => {
    const stub = stubConnector();
    const runner = createQueryRunner(stub.connector);
    const a = runner.run(planById, { plan_id: 'x' });
    const b = runner.run(planById, { plan_id: 'y' });
    expect(stub.calls.map((c) => c.params)).toEqual([['x'], ['y']]);
    stub.resolveAll([]);
    await Promise.all([a, b]);
    await runner.run(planById, { plan_id: 'x' });
    expect(stub.calls).toHaveLength(2);
  });
  it('treats params objects with the same content as the same query, whatever their key order', async () => {
    const stub = stubConnector();
    const runner = createQueryRunner(stub.connector);
    void runner.run(initiativeList, { filters: filters({ wards: ['泉区'] }), sort: 'ward', dir: 'asc' });
    void runner.run(initiativeList, { dir: 'asc', sort: 'ward', filters: { ...filters(), wards: ['泉区'] } });
    expect(stub.calls).toHaveLength(1);
  });
  it('runOnce runs every time and keeps nothing (a later run() still goes to the connector)', async () => {
    const stub = stubConnector();
    const runner = createQueryRunner(stub.connector);
    const a = runner.runOnce(planById, { plan_id: 'x' });
    const b = runner.runOnce(planById, { plan_id: 'x' });
    stub.resolveAll([{ plan_id: 'x' }]);
    expect(await a).toEqual([{ plan_id: 'x' }]);
    expect(await b).toEqual([{ plan_id: 'x' }]);
    const c = runner.run(planById, { plan_id: 'x' });
    expect(stub.calls.map((call) => call.params)).toEqual([['x'], ['x'], ['x']]);
    stub.resolveAll([]);
    await c;
    await expect(runner.runOnce(defineQuery<{ n: number }, unknown>('refuses', () => { throw new RangeError('no'); }), { n: 1 })).rejects.toThrow('no');
  });
  it('runs again after clear()', async () => {
    const stub = stubConnector();
    const runner = createQueryRunner(stub.connector);
    const first = runner.run(planById, { plan_id: 'x' });
    stub.resolveAll([]);
    await first;
    runner.clear();
    void runner.run(planById, { plan_id: 'x' });
    expect(stub.calls).toHaveLength(2);
  });
  it('does not cache failures', async () => {
    const query = vi.fn<Connector['query']>().mockRejectedValueOnce(new Error('boom')).mockResolvedValue([]);
    const runner = createQueryRunner({ query } as Connector);
    await expect(runner.run(planById, { plan_id: 'x' })).rejects.toThrow('boom');
    await expect(runner.run(planById, { plan_id: 'x' })).resolves.toEqual([]);
    expect(query).toHaveBeenCalledTimes(2);
  });
  it('rejects (does not throw synchronously) when a query refuses its params', async () => {
    const refusing = defineQuery<{ n: number }, never>('refusing', () => {
      throw new RangeError('no');
    });
    const runner = createQueryRunner(stubConnector().connector);
    await expect(runner.run(refusing, { n: 1 })).rejects.toThrow(RangeError);
  });
});

describe('QueryCache', () => {
  it('evicts the least recently used entry beyond its size', async () => {
    const cache = new QueryCache(2);
    const load = vi.fn(async () => [1]);
    await cache.getOrRun('a', load);
    await cache.getOrRun('b', load);
    await cache.getOrRun('a', load); // a is now the most recent
    await cache.getOrRun('c', load); // evicts b
    expect(cache.size).toBe(2);
    expect(load).toHaveBeenCalledTimes(3);
    await cache.getOrRun('a', load);
    expect(load).toHaveBeenCalledTimes(3);
    await cache.getOrRun('b', load);
    expect(load).toHaveBeenCalledTimes(4);
  });
});
