/**
 * Arrow result → plain rows. Normalising here (and only here) means queries, caches and charts never
 * see BigInt, Arrow Vectors or StructRows (Evidence's arrowTableToJSON habit). The engines are opened
 * without castBigIntToDouble/castDecimalToDouble on purpose: duckdb-wasm 1.32 applies those casts to the
 * schema of nested values but not to their data (a BIGINT 1 inside a struct read back as 5e-324).
 */
import { DataType, type Field, type Table } from 'apache-arrow';

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

export function arrowTableToRows<T>(table: Table): T[] {
  const fields = table.schema.fields;
  const columns = fields.map((f) => table.getChild(f.name));
  const rows: T[] = [];
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, Plain> = {};
    fields.forEach((f, c) => {
      row[f.name] = plainValue(columns[c]?.get(i), f.type);
    });
    rows.push(row as T);
  }
  return rows;
}
