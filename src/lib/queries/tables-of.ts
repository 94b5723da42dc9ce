/** Which product tables an SQL statement reads: a query may run as soon as those are loaded. */
import { TABLE_NAMES, type TableName } from '../tables/schema';

const PATTERNS = TABLE_NAMES.map((name) => [name, new RegExp(`\\b(?:FROM|JOIN)\\s+${name}\\b`, 'i')] as const);

export function tablesOf(sql: string): TableName[] {
  return PATTERNS.filter(([, re]) => re.test(sql)).map(([name]) => name);
}
