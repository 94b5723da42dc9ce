/**
 * Prepared statements kept per SQL text: a repeat with other values gives that value's answer, a table
 * replaced after a statement was kept is read afresh, and the number kept stays bounded.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeDuckDB, type NodeDuckDB } from '../../src/lib/db/duckdb-node';
import { tableFromJSON } from 'apache-arrow';
import { forgetPrepared, preparedCount, runPrepared, type ConnectionLike } from '../../src/lib/db/prepared';
import { FIXTURE_TABLES } from '../fixtures/tables/ward-plans';

let db: NodeDuckDB;
beforeEach(async () => {
  db = await createNodeDuckDB();
  await db.registerRows('plans', FIXTURE_TABLES.plans);
});
afterEach(() => db.close());

const WARD_OF = 'SELECT ward FROM plans WHERE plan_id = ?';

describe('kept prepared statements', () => {
  it('answer each repeat with its own values', async () => {
    const ids = FIXTURE_TABLES.plans.map((p) => p.plan_id as string);
    for (const id of [...ids, ...ids.reverse()]) {
      const rows = await db.query<{ ward: string }>(WARD_OF, [id]);
      expect(rows.map((r) => r.ward)).toEqual([FIXTURE_TABLES.plans.find((p) => p.plan_id === id)!.ward]);
    }
  });

  it('see a table dropped and created again, not the old one', async () => {
    const id = FIXTURE_TABLES.plans[0].plan_id as string;
    expect(await db.query(WARD_OF, [id])).toHaveLength(1);
    await db.dropTable('plans');
    await db.registerRows('plans', FIXTURE_TABLES.plans.slice(1).map((p) => ({ ...p, ward: `${p.ward}（再）` })));
    expect(await db.query(WARD_OF, [id])).toEqual([]);
    const other = FIXTURE_TABLES.plans[1];
    expect(await db.query(WARD_OF, [other.plan_id as string])).toEqual([{ ward: `${other.ward}（再）` }]);
  });

  it('prepare a repeated SQL text once, keep at most 100 statements (closing the oldest), and retry a stale one', async () => {
    const log = { prepared: [] as string[], closed: 0, failNext: false };
    const fake: ConnectionLike = {
      prepare(sql) {
        log.prepared.push(sql);
        return {
          query: () => {
            if (log.failNext) {
              log.failNext = false;
              throw new Error('stale');
            }
            return tableFromJSON([{ n: 1 }]);
          },
          close: () => void log.closed++
        };
      }
    };
    await runPrepared(fake, 'SELECT 1', []);
    await runPrepared(fake, 'SELECT 1', []);
    expect(log.prepared).toEqual(['SELECT 1']);
    log.failNext = true;
    expect(await runPrepared(fake, 'SELECT 1', [])).toEqual([{ n: 1 }]);
    expect(log.prepared).toEqual(['SELECT 1', 'SELECT 1']);
    for (let i = 0; i < 130; i++) await runPrepared(fake, `SELECT ${i}`, []);
    expect(preparedCount(fake)).toBe(100);
    await new Promise((r) => setTimeout(r, 0));
    expect(log.closed).toBeGreaterThanOrEqual(31);
    await forgetPrepared(fake);
    expect(preparedCount(fake)).toBe(0);
  });
});
