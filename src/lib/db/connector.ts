/**
 * The one interface the rest of the product talks to: SQL text with `?` placeholders plus bound
 * parameters in, plain JS rows out. User input reaches SQL only as parameters (prepared statements).
 */

/** What may be bound to a `?` placeholder (duckdb-wasm cannot bind lists: use one `?` per item). */
export type QueryParam = string | number | boolean | null;

/**
 * Which plans' rows a statement reads: a condition over `plans p` (`p.plan_id = ?`, `p.fiscal_year IN (?)`).
 * Only a hint for loading: the engine fetches just those plans' partitions before running the statement.
 * It must cover every row the statement reads, or the answer would come from a subset.
 */
export interface PlanScope {
  sql: string;
  params: readonly QueryParam[];
}

export interface Connector {
  /**
   * Runs one statement. Rows are plain objects: BIGINT/DECIMAL → number, lists → arrays,
   * structs → objects, DATE → 'YYYY-MM-DD', TIMESTAMP → ISO string. Without `scope`, the statement may
   * read every plan's rows; connectors without partitions ignore it.
   */
  query<T>(sql: string, params?: readonly QueryParam[], scope?: PlanScope): Promise<T[]>;
}
