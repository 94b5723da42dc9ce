/** A column to export: `key` reads the row, `label` is the header written to the file. */
export interface ExportColumn {
  key: string;
  label: string;
}

/** Parquet needs a type per column. */
export type ExportColumnType = 'string' | 'int' | 'float' | 'bool' | 'int_list';

export interface TypedExportColumn extends ExportColumn {
  type: ExportColumnType;
}

export type ExportValue = string | number | boolean | null | undefined | number[];
export type ExportRow = Record<string, unknown>;

/** A cell for text formats: lists joined with ',', null/undefined as ''. */
export function cellText(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}
