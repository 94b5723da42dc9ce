/**
 * Parquet export with hyparquet-writer (loaded by dynamic import when used). Column types follow
 * the table schema (column names are the keys, as in the shipped Parquet files): string → STRING, int → INT32, float → DOUBLE, bool → BOOLEAN, int_list → JSON text.
 */
import type { BasicType, ColumnSource } from 'hyparquet-writer';
import type { ExportColumnType, ExportRow, TypedExportColumn } from './types';

export const PARQUET_MIME = 'application/vnd.apache.parquet';

const PARQUET_TYPE: Record<ExportColumnType, BasicType> = {
  string: 'STRING',
  int: 'INT32',
  float: 'DOUBLE',
  bool: 'BOOLEAN',
  int_list: 'JSON'
};

function convert(value: unknown, type: ExportColumnType): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'string':
      return typeof value === 'string' ? value : Array.isArray(value) ? value.join(',') : String(value);
    case 'int': {
      const n = Number(value);
      return Number.isInteger(n) ? n : null;
    }
    case 'float': {
      const n = Number(value);
      return Number.isFinite(n) ? n : null;
    }
    case 'bool':
      return Boolean(value);
    case 'int_list':
      return Array.isArray(value) ? value.map(Number) : null;
  }
}

/** Column-major data for the writer (pure; exported for tests). */
export function toColumnData(columns: readonly TypedExportColumn[], rows: readonly ExportRow[]): ColumnSource[] {
  return columns.map((c) => ({
    name: c.key,
    type: PARQUET_TYPE[c.type],
    nullable: true,
    data: rows.map((r) => convert(r[c.key], c.type)) as ColumnSource['data']
  }));
}

export async function toParquetBytes(
  columns: readonly TypedExportColumn[],
  rows: readonly ExportRow[]
): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const buffer = parquetWriteBuffer({ columnData: toColumnData(columns, rows) });
  return new Uint8Array(buffer);
}

export async function toParquetBlob(
  columns: readonly TypedExportColumn[],
  rows: readonly ExportRow[]
): Promise<Blob> {
  const bytes = await toParquetBytes(columns, rows);
  return new Blob([bytes as BlobPart], { type: PARQUET_MIME });
}
