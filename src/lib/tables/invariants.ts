/**
 * Invariants every build keeps: unique keys, every reference resolves, every initiative themed,
 * every marker defined. A violation is a build error naming the table, the row and the problem.
 */
import { TABLES, TABLE_NAMES, type Row, type TableName } from './schema';

export function tableInvariantViolations(tables: Record<TableName, Row[]>): string[] {
  const problems: string[] = [];
  for (const name of TABLE_NAMES) {
    const key = TABLES[name].key;
    const seen = new Set<string>();
    tables[name].forEach((row, i) => {
      const k = key.map((c) => String(row[c])).join('\u0000');
      if (seen.has(k)) problems.push(`${name} row ${i + 1}: duplicate key ${key.map((c) => `${c}=${String(row[c])}`).join(', ')}`);
      seen.add(k);
    });
  }
  const ids = (t: TableName, col: string) => new Set(tables[t].map((r) => r[col] as string));
  const plans = ids('plans', 'plan_id');
  const pillars = ids('pillars', 'pillar_id');
  const initiatives = ids('initiatives', 'initiative_id');
  const tags = ids('tags', 'tag_id');
  const refs: Array<[TableName, string, Set<string>, string]> = [
    ['pillars', 'plan_id', plans, 'plans'],
    ['initiatives', 'plan_id', plans, 'plans'],
    ['initiatives', 'pillar_id', pillars, 'pillars'],
    ['initiative_tags', 'initiative_id', initiatives, 'initiatives'],
    ['initiative_tags', 'tag_id', tags, 'tags'],
    ['plan_figures', 'plan_id', plans, 'plans'],
    ['plan_sections', 'plan_id', plans, 'plans'],
    ['plan_mentions', 'plan_id', plans, 'plans'],
    ['initiative_links', 'from_initiative_id', initiatives, 'initiatives'],
    ['initiative_links', 'to_initiative_id', initiatives, 'initiatives']
  ];
  for (const [table, col, target, targetName] of refs) {
    tables[table].forEach((row, i) => {
      if (!target.has(row[col] as string)) problems.push(`${table} row ${i + 1}: ${col} ${String(row[col])} is not in ${targetName}`);
    });
  }
  tables.tags.forEach((row, i) => {
    if (row.kind === 'marker' && !plans.has(row.plan_id as string)) problems.push(`tags row ${i + 1}: marker of unknown plan ${String(row.plan_id)}`);
    if (row.kind === 'theme' && row.plan_id !== null) problems.push(`tags row ${i + 1}: a theme belongs to no plan`);
    // The lists read a marker's code from its id and tell themes by the prefix (sql-parts.ts tagListsJoin).
    if (row.kind === 'marker' && row.tag_id !== `${String(row.plan_id)}:marker:${String(row.marker)}`) {
      problems.push(`tags row ${i + 1}: marker tag_id ${String(row.tag_id)} is not {plan_id}:marker:{marker}`);
    }
    if ((row.kind === 'theme') !== String(row.tag_id).startsWith('theme:')) problems.push(`tags row ${i + 1}: only themes have tag ids theme:…`);
  });
  const themed = new Set(tables.initiative_tags.filter((t) => String(t.tag_id).startsWith('theme:')).map((t) => t.initiative_id as string));
  for (const row of tables.initiatives) {
    if (!themed.has(row.initiative_id as string)) problems.push(`initiatives ${String(row.initiative_id)}: no theme`);
    if (String(row.title).trim() === '') problems.push(`initiatives ${String(row.initiative_id)}: empty title`);
    if (!String(row.initiative_id).startsWith(String(row.pillar_id) + '-')) problems.push(`initiatives ${String(row.initiative_id)}: id does not derive from its pillar`);
  }
  return problems;
}

export function checkTableInvariants(tables: Record<TableName, Row[]>): void {
  const problems = tableInvariantViolations(tables);
  if (problems.length > 0) {
    throw new Error(`table invariants broken (${problems.length}):\n- ${problems.slice(0, 20).join('\n- ')}`);
  }
}
