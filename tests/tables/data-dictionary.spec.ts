import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataDictionaryMarkdown } from '../../src/lib/tables/data-dictionary';
import { TABLES, TABLE_NAMES } from '../../src/lib/tables/schema';

describe('data dictionary', () => {
  it('documents every column of every table', () => {
    const md = dataDictionaryMarkdown();
    for (const name of TABLE_NAMES) {
      expect(md).toContain(`## ${name}`);
      for (const c of TABLES[name].columns) expect(md).toContain(`| ${c.name} |`);
    }
  });
  it('docs/data-dictionary.md is up to date with the schema (run npm run docs)', () => {
    expect(readFileSync('docs/data-dictionary.md', 'utf8')).toBe(dataDictionaryMarkdown());
  });
});
