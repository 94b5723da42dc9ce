/** One fixture database per spec file, queried through the real runner (cache included). */
import { afterAll, beforeAll } from 'vitest';
import type { NodeDuckDB } from '../../src/lib/db/duckdb-node';
import { emptyFilters, type Filters } from '../../src/lib/filters/filters';
import { createQueryRunner, type NamedQuery, type QueryRunner } from '../../src/lib/queries';
import { loadFixtureDb } from '../fixtures/tables/load-fixture';

export function useFixtureDb(): { run: <P, R>(q: NamedQuery<P, R>, p: P) => Promise<R[]>; db: () => NodeDuckDB } {
  let db: NodeDuckDB;
  let runner: QueryRunner;
  beforeAll(async () => {
    db = await loadFixtureDb();
    runner = createQueryRunner(db);
  });
  afterAll(() => db.close());
  return { run: (q, p) => runner.run(q, p), db: () => db };
}

export function filters(patch: Partial<Filters> = {}): Filters {
  return { ...emptyFilters(), ...patch };
}
