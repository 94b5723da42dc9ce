/**
 * Excel export with write-excel-file's browser entry, loaded only when the user asks for it.
 * `toSheetData` is the pure part: a bold header row of labels, then one row per given row.
 * Text cells are typed String, so a value like '=HYPERLINK(…)' is stored as text, never as a formula.
 */
import type { SheetData } from 'write-excel-file/browser';
import { cellText, type ExportColumn, type ExportRow } from './types';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type WriteXlsx = (data: SheetData, options?: { sheet?: string }) => { toBlob(): Promise<Blob> };
export type XlsxLoader = () => Promise<{ default: WriteXlsx }>;

const loadBrowser: XlsxLoader = () =>
  import('write-excel-file/browser') as unknown as Promise<{ default: WriteXlsx }>;

export function toSheetData(columns: readonly ExportColumn[], rows: readonly ExportRow[]): SheetData {
  const header = columns.map((c) => ({ value: c.label, type: String, fontWeight: 'bold' as const }));
  const body = rows.map((row) =>
    columns.map((c) => {
      const v = cellText(row[c.key]);
      if (v === '') return null;
      if (typeof v === 'number') return Number.isFinite(v) ? { value: v, type: Number } : { value: String(v), type: String };
      if (typeof v === 'boolean') return { value: v, type: Boolean };
      return { value: v, type: String };
    })
  );
  return [header, ...body] as SheetData;
}

/** Excel limits sheet names to 31 characters and forbids : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  const s = name.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31);
  return s || 'Sheet1';
}

export async function toXlsxBlob(
  columns: readonly ExportColumn[],
  rows: readonly ExportRow[],
  sheetName: string,
  load: XlsxLoader = loadBrowser
): Promise<Blob> {
  const { default: writeXlsxFile } = await load();
  return writeXlsxFile(toSheetData(columns, rows), { sheet: safeSheetName(sheetName) }).toBlob();
}
