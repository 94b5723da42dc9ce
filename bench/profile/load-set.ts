// A synthetic set (bench/generate) loaded into duckdb-wasm under Node, table by table from its manifest's
// Arrow files (tables created as the app creates them: table-storage.ts), for the profile scripts that
// time named queries outside the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeDuckDB, type NodeDuckDB } from '../../src/lib/db/duckdb-node';
import type { TableName } from '../../src/lib/tables/schema';

export async function loadSyntheticSet(dir: string): Promise<NodeDuckDB> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { tables: { name: TableName; rows: number; files: { format: string; path: string }[] }[] };
  const db = await createNodeDuckDB();
  for (const table of manifest.tables) {
    let first = true;
    for (const f of table.files.filter((f) => f.format === 'arrow')) {
      await db.insertArrowIPC(table.name, new Uint8Array(readFileSync(join(dir, f.path))), first, table.rows);
      first = false;
    }
  }
  await db.createMissingTables();
  return db;
}
