export type { ExportColumn, TypedExportColumn, ExportColumnType, ExportRow } from './types';
export { toCsv, toCsvBlob, CSV_MIME } from './csv';
export { toXlsxBlob, toSheetData, XLSX_MIME } from './xlsx';
export { toParquetBytes, toParquetBlob, PARQUET_MIME } from './parquet';
export { toJson, toJsonBlob, JSON_MIME } from './json';
export { svgToString, svgToBlob, svgToPngBlob } from './image';
export { exportFileName, sanitizeName } from './filename';
export { downloadBlob } from './download';
export { default as DataExport } from './DataExport.svelte';
