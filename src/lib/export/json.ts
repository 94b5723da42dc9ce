/** JSON export: the rows as given, pretty-printed, UTF-8. */
export const JSON_MIME = 'application/json;charset=utf-8';

export function toJson(rows: readonly Record<string, unknown>[]): string {
  return JSON.stringify(rows, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v), 2) + '\n';
}

export function toJsonBlob(rows: readonly Record<string, unknown>[]): Blob {
  return new Blob([toJson(rows)], { type: JSON_MIME });
}
