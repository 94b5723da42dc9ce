/** `npm run docs`: writes docs/data-dictionary.md from the table schema (a test keeps it in sync). */
import { writeFile } from 'node:fs/promises';
import { dataDictionaryMarkdown } from '../lib/tables/data-dictionary';

await writeFile('docs/data-dictionary.md', dataDictionaryMarkdown());
console.log('wrote docs/data-dictionary.md');
