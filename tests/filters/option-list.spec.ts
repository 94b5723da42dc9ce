import { describe, expect, it } from 'vitest';
import { shownOptions } from '../../src/lib/filters/option-list';

const options = Array.from({ length: 250 }, (_, k) => ({ value: `p${k}`, label: k % 2 === 0 ? `子育て支援 ${k}` : `防災 ${k}` }));
const text = (o: { label: string }) => o.label;

describe('shownOptions', () => {
  it('draws a short list whole', () => {
    expect(shownOptions(options.slice(0, 5), new Set(), 'zzz', text, 100)).toEqual({ rows: options.slice(0, 5), more: 0 });
  });
  it('cuts a long list at the limit and says how many are left', () => {
    const shown = shownOptions(options, new Set(), '', text, 100);
    expect(shown.rows).toHaveLength(100);
    expect(shown.more).toBe(150);
  });
  it('keeps chosen options first, even when they do not match the text', () => {
    const shown = shownOptions(options, new Set(['p249', 'p1']), '子育て', text, 100);
    expect(shown.rows.slice(0, 2).map((o) => o.value)).toEqual(['p1', 'p249']);
    expect(shown.rows.slice(2).every((o) => o.label.startsWith('子育て'))).toBe(true);
    expect(shown.rows).toHaveLength(102);
    expect(shown.more).toBe(25);
  });
  it('matches full-width and case variants (NFKC, lower case)', () => {
    const latin = [...options, { value: 'x', label: 'ＤＸ推進' }];
    expect(shownOptions(latin, new Set(), 'dx', text, 100).rows.map((o) => o.value)).toEqual(['x']);
  });
});
