/**
 * Six complete one-line text copies (newsletters and PDF text versions, written for these tests in the
 * shapes the city publishes: glued numbers, ① read as @, page numbers, amounts, T U V part numbers) and a
 * reader's hand count of each (tests/fixtures/plans/oneline/expected.json, transcribed from the counts
 * made by reading each file, not from the parser). Every pillar, every initiative and its markers.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../../src/lib/plans/parse-plan';

interface Expected {
  ward: string;
  fiscal_year: number;
  pillars: { title: string; items: { title: string; markers: string[] }[] }[];
}

const dir = new URL('../fixtures/plans/oneline/', import.meta.url);
/**
 * The hand counts write titles as printed; the contract's titles stop before the first 。 and leave a
 * 〜subtitle〜 printed after a pillar's title to its summary, and cut a title at 40 characters with …
 * (data-contract.md). Compared in that form.
 */
const asTitle = (printed: string) => {
  const t = [...printed.replace(/\s*[〜~～][^〜~～]+[〜~～]\s*$/, '').replace(/。$/, '').trim()];
  return t.length > 40 ? `${t.slice(0, 40).join('')}…` : t.join(''); // the first 40 characters, … marking the cut
};
const expected = JSON.parse(readFileSync(fileURLToPath(new URL('expected.json', dir)), 'utf8')) as Record<string, Expected>;

describe.each(Object.entries(expected))('%s', (name, want) => {
  const text = readFileSync(fileURLToPath(new URL(`${name}.txt`, dir)), 'utf8');
  const plan = () => parsePlan(text, { fileName: `${name}.txt` });

  it('is one line as given', () => {
    expect(text.trimEnd().split('\n')).toHaveLength(1);
  });

  it('reads its ward and fiscal year', () => {
    expect([plan().ward, plan().fiscal_year]).toEqual([want.ward, want.fiscal_year]);
  });

  it('reads every pillar, in order', () => {
    expect(plan().pillars.map((p) => p.title)).toEqual(want.pillars.map((p) => asTitle(p.title)));
  });

  it('reads every initiative of each pillar, with its markers', () => {
    const got = plan().pillars.map((p) => p.initiatives.map((i) => ({ title: i.title, markers: i.markers })));
    expect(got).toEqual(want.pillars.map((p) => p.items.map((i) => ({ title: asTitle(i.title), markers: i.markers }))));
  });

  it('is not called truncated', () => {
    expect(plan().truncated).toBe(false);
  });
});
