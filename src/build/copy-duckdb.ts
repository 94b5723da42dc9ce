/** `npm run duckdb`: self-hosts the installed duckdb-wasm's files and the head boot script in static/duckdb/ (duckdb-files.ts). */
import { copyDuckDB } from './duckdb-files';

const { version, files } = copyDuckDB();
console.log(`duckdb-wasm ${version}: ${files.length} files in static/duckdb/`);
