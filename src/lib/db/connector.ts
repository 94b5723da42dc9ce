/**
 * The one interface the rest of the product talks to: SQL text with `?` placeholders plus bound
 * parameters in, plain JS rows out. User input reaches SQL only as parameters (prepared statements).
 */

/** What may be bound to a `?` placeholder (duckdb-wasm cannot bind lists: use one `?` per item). */
export type QueryParam = string | number | boolean | null;

export interface Connector {
  /**
   * Runs one statement. Rows are plain objects: BIGINT/DECIMAL → number, lists → arrays,
   * structs → objects, DATE → 'YYYY-MM-DD', TIMESTAMP → ISO string.
   */
  query<T>(sql: string, params?: readonly QueryParam[]): Promise<T[]>;
}
