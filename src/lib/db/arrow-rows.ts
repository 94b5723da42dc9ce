/**
 * Arrow result → plain rows. Normalising here (and only here) means queries, caches and charts never
 * see BigInt, Arrow Vectors or StructRows (Evidence's arrowTableToJSON habit). The engines are opened
 * without castBigIntToDouble/castDecimalToDouble on purpose: duckdb-wasm 1.32 applies those casts to the
 * schema of nested values but not to their data (a BIGINT 1 inside a struct read back as 5e-324).
 */
import { DataType, type Field, type Table, type Vector } from 'apache-arrow';

type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function plainValue(value: unknown, type: DataType): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (DataType.isDate(type)) return isoDate(Number(value instanceof Date ? value.getTime() : value));
  if (DataType.isTimestamp(type)) {
    return new Date(Number(value instanceof Date ? value.getTime() : value)).toISOString();
  }
  if (DataType.isList(type) || DataType.isFixedSizeList(type)) {
    const child = type.children[0].type as DataType;
    return Array.from(value as Iterable<unknown>, (v) => plainValue(v, child));
  }
  if (DataType.isStruct(type)) {
    const source = value as Record<string, unknown>;
    return Object.fromEntries(type.children.map((f: Field) => [f.name, plainValue(source[f.name], f.type)]));
  }
  // Arrow hands decimals over unscaled (1.25 as DECIMAL(6,2) reads 125).
  if (DataType.isDecimal(type)) return Number(String(value)) / 10 ** type.scale;
  if (value instanceof Uint8Array) return Array.from(value);
  return value as Plain;
}

/**
 * A column's values in row order, read once (`get(i)` per cell looks up the record batch on every call;
 * a Node micro-benchmark on 100k rows showed no clear gain, the cost being row objects and string
 * decoding, but the per-row loop stays simple). A numeric column without nulls is
 * its typed array as is; anything else is iterated (the iterator yields null where the validity bit is off).
 */
function columnValues(column: Vector | null, type: DataType): ArrayLike<unknown> {
  if (!column) return [];
  // Booleans are bit-packed: their typed array is not one value per row, so they are iterated too.
  const numeric = DataType.isInt(type) || DataType.isFloat(type);
  if (numeric && column.nullCount === 0) return column.toArray() as ArrayLike<unknown>;
  return Array.from(column as Iterable<unknown>);
}

/** Strings, 32-bit numbers and booleans come out of Arrow as they are: no per-value conversion. */
function isPlainAlready(type: DataType): boolean {
  return DataType.isUtf8(type) || DataType.isBool(type) || DataType.isFloat(type) || (DataType.isInt(type) && type.bitWidth <= 32);
}

export function arrowTableToRows<T>(table: Table): T[] {
  const fields = table.schema.fields;
  const names = fields.map((f) => f.name);
  const columns = fields.map((f) => columnValues(table.getChild(f.name), f.type));
  const convert = fields.map((f) => (isPlainAlready(f.type) ? null : (v: unknown) => plainValue(v, f.type)));
  const rows: T[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, Plain> = {};
    for (let c = 0; c < names.length; c++) {
      const value = columns[c][i];
      const toPlain = convert[c];
      row[names[c]] = toPlain ? toPlain(value) : ((value ?? null) as Plain);
    }
    rows[i] = row as T;
  }
  return rows;
}
