/**
 * Rows ↔ Arrow, typed by the table schema (schema.ts). Pure: the build writes these bytes to
 * static/data/*.arrow and the browser inserts them into duckdb-wasm (no Parquet extension needed).
 */
import {
  Bool,
  Field,
  Float64,
  Int32,
  List,
  Table,
  Utf8,
  tableFromIPC,
  makeBuilder,
  tableToIPC,
  type DataType,
  type Vector
} from 'apache-arrow';
import type { ColumnType, Row, TableDef } from './schema';

function arrowType(type: ColumnType): DataType {
  switch (type) {
    case 'string':
      return new Utf8();
    case 'int':
      return new Int32();
    case 'float':
      return new Float64();
    case 'bool':
      return new Bool();
    case 'int_list':
      return new List(new Field('item', new Int32(), false));
  }
}

/** Checks every row against the schema, so a bad row fails the build with its table, row and column. */
export function validateRows(def: Pick<TableDef, 'name' | 'columns'>, rows: readonly Row[]): void {
  rows.forEach((row, i) => {
    for (const c of def.columns) {
      const v = row[c.name];
      const where = `${def.name} row ${i + 1} column ${c.name}`;
      if (v === null || v === undefined) {
        if (!c.nullable) throw new Error(`${where}: missing value`);
        continue;
      }
      const ok =
        (c.type === 'string' && typeof v === 'string') ||
        ((c.type === 'int' || c.type === 'float') && typeof v === 'number' && Number.isFinite(v)) ||
        (c.type === 'bool' && typeof v === 'boolean') ||
        (c.type === 'int_list' && Array.isArray(v) && v.every((n) => Number.isInteger(n)));
      if (!ok || (c.type === 'int' && !Number.isInteger(v))) {
        throw new Error(`${where}: expected ${c.type}, got ${JSON.stringify(v)}`);
      }
    }
  });
}

/**
 * One column through an Arrow builder. Arrow's default null check compiles a function with
 * `new Function`, which the site's Content-Security-Policy forbids (no 'unsafe-eval'), so the builder
 * gets no null values to compile and a plain null check instead.
 */
function columnVector(type: ColumnType, values: readonly unknown[]): Vector {
  const builder = makeBuilder({ type: arrowType(type), nullValues: [] });
  (builder as unknown as { _isValid: (v: unknown) => boolean })._isValid = (v) => v !== null && v !== undefined;
  for (const v of values) builder.append(v ?? null);
  return builder.finish().toVector();
}

export function rowsToArrowTable(def: Pick<TableDef, 'name' | 'columns'>, rows: readonly Row[]): Table {
  validateRows(def, rows);
  const vectors = Object.fromEntries(def.columns.map((c) => [c.name, columnVector(c.type, rows.map((r) => r[c.name]))]));
  return new Table(vectors);
}

/** Arrow IPC stream bytes (what duckdb-wasm's insertArrowFromIPCStream reads). */
export function rowsToArrowIPC(def: Pick<TableDef, 'name' | 'columns'>, rows: readonly Row[]): Uint8Array {
  return tableToIPC(rowsToArrowTable(def, rows), 'stream');
}

/** Plain rows back from IPC bytes (lists become number[]), for tests and exports. */
export function arrowIPCToRows(bytes: Uint8Array): Row[] {
  const table = tableFromIPC(bytes);
  return table.toArray().map((r) => {
    const o = r.toJSON() as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) {
      if (v && typeof v === 'object' && 'toArray' in v) o[k] = Array.from((v as { toArray(): ArrayLike<number> }).toArray());
    }
    return o as Row;
  });
}
