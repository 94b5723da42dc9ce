/** The data dictionary for analysts, generated from the schema so it can never drift from the files. */
import type { Manifest } from './manifest';
import { TABLES, TABLE_NAMES } from './schema';

const TYPE_LABEL = { string: 'text', int: 'integer', float: 'number', bool: 'true/false', int_list: 'list of integers' } as const;

export function dataDictionaryMarkdown(manifest?: Manifest): string {
  const lines = [
    '# Ward Plan Lens (区政レンズ): data dictionary',
    '',
    'Every table comes as Arrow IPC (`.arrow`, what the dashboard loads) and Parquet (`.parquet`, zstd) with the same columns.',
    '`manifest.json` lists the files with row counts and SHA-256 hashes. Text is as published; match on NFKC-folded text.',
    'Provenance: `plans.source_url` / `plans.source_file` name the document, `initiatives.source_lines` the lines,',
    '`initiatives.status_basis` and `initiative_tags.provenance` / `evidence` say why a value was assigned.',
    ''
  ];
  if (manifest) {
    lines.push(`Built ${manifest.generated_at}; data as of ${manifest.data_date ?? 'unknown'}.${manifest.synthetic ? ' **Synthetic benchmark data: not real plans.**' : ''}`, '');
  }
  for (const name of TABLE_NAMES) {
    const def = TABLES[name];
    const rows = manifest?.tables.find((t) => t.name === name)?.rows;
    lines.push(`## ${name}${rows === undefined ? '' : ` (${rows} rows)`}`, '', def.doc, '', `Key: ${def.key.join(', ')}`, '');
    lines.push('| column | type | empty allowed | meaning |', '|---|---|---|---|');
    for (const c of def.columns) lines.push(`| ${c.name} | ${TYPE_LABEL[c.type]} | ${c.nullable ? 'yes' : 'no'} | ${c.doc.replace(/\|/g, '\\|')} |`);
    lines.push('');
  }
  return lines.join('\n');
}
