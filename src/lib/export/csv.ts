/**
 * CSV for spreadsheets: header row of labels, CRLF line endings, and formula injection neutralised
 * (a text cell starting with = + - @ tab or CR gets a leading ' so Excel shows it as text).
 * Numbers stay numbers, so -1 as a number is written as -1.
 */
import Papa from 'papaparse';
import { cellText, type ExportColumn, type ExportRow } from './types';

/**
 * Papa's own `escapeFormulae: true` pattern ends in `.*$`, which does not match a value with a line
 * break ("=1+1\nx"); this one only looks at the first character.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export const CSV_MIME = 'text/csv;charset=utf-8';

export function toCsv(columns: readonly ExportColumn[], rows: readonly ExportRow[]): string {
  const data = rows.map((row) => columns.map((c) => cellText(row[c.key])));
  return Papa.unparse(
    { fields: columns.map((c) => c.label), data },
    { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false, header: true }
  );
}

/** CSV with a UTF-8 BOM so that Excel (Japanese locale) reads it as UTF-8, not Shift_JIS. */
export function toCsvBlob(columns: readonly ExportColumn[], rows: readonly ExportRow[]): Blob {
  return new Blob(['\uFEFF' + toCsv(columns, rows) + '\r\n'], { type: CSV_MIME });
}
