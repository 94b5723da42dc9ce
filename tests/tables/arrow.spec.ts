import { afterEach, describe, expect, it } from 'vitest';
import { arrowIPCToRows, rowsToArrowIPC, validateRows } from '../../src/lib/tables/arrow';
import { TABLES } from '../../src/lib/tables/schema';

const rows = [
  { pillar_id: 'a-p1', plan_id: 'a', position: 1, title: '泉区', summary: null, source_lines: [3, 4] },
  { pillar_id: 'a-p2', plan_id: 'a', position: 2, title: "'; DROP TABLE x; --", summary: '要約', source_lines: null }
];

describe('rows ↔ Arrow IPC', () => {
  const realFunction = globalThis.Function;
  afterEach(() => {
    globalThis.Function = realFunction;
  });

  it('round-trips strings, nulls, integers and integer lists', () => {
    expect(arrowIPCToRows(rowsToArrowIPC(TABLES.pillars, rows))).toEqual(rows);
  });

  it('never compiles code (the page CSP has no unsafe-eval)', () => {
    globalThis.Function = function () {
      throw new Error('Function constructor called');
    } as unknown as FunctionConstructor;
    expect(() => rowsToArrowIPC(TABLES.pillars, rows)).not.toThrow();
  });

  it('rejects a row that breaks the schema, naming table, row and column', () => {
    expect(() => validateRows(TABLES.pillars, [{ ...rows[0], position: 1.5 }])).toThrow(/pillars row 1 column position: expected int/);
    expect(() => validateRows(TABLES.pillars, [{ ...rows[0], title: null }])).toThrow(/pillars row 1 column title: missing value/);
  });
});
