/** static/data/manifest.json: what the build wrote, so the browser loads only what it needs. */
import type { TableName } from './schema';

export interface ManifestFile {
  format: 'arrow' | 'parquet';
  /** Relative to the manifest. */
  path: string;
  bytes: number;
  /** SHA-256 of the file, hex. */
  sha256: string;
  rows: number;
  /** Partition values where the table is split (e.g. { city: '横浜市', fiscal_year: 2022 }); null for one file. */
  partition: Record<string, string | number> | null;
}

export interface ManifestTable {
  name: TableName;
  rows: number;
  /** SHA-256 over the table's Arrow files, hex: changes whenever the content does. */
  content_hash: string;
  files: ManifestFile[];
}

export interface Manifest {
  version: 1;
  /** ISO timestamp of the build. */
  generated_at: string;
  /** Newest publication date among the sources (the "data as of" date shown in footers). */
  data_date: string | null;
  /** True where the tables were built from synthetic benchmark data: never shown as real plans. */
  synthetic: boolean;
  tables: ManifestTable[];
}
