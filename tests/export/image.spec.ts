import { describe, expect, it } from 'vitest';
import { styleDeclaration, withXmlDeclaration } from '../../src/lib/export/image';

describe('styleDeclaration', () => {
  it('writes only properties that have a value, in the given order', () => {
    const css: Record<string, string> = { fill: 'rgb(0, 114, 178)', stroke: '', 'font-size': ' 12px ' };
    expect(styleDeclaration((p) => css[p] ?? '', ['fill', 'stroke', 'font-size', 'opacity'])).toBe(
      'fill:rgb(0, 114, 178);font-size:12px;'
    );
  });
});

describe('withXmlDeclaration', () => {
  it.each([
    {
      markup: '<svg width="10"><title>t</title></svg>',
      expected: '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10"><title>t</title></svg>'
    },
    {
      markup: '<svg xmlns="http://www.w3.org/2000/svg" width="10"/>',
      expected: '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10"/>'
    }
  ])('$markup', ({ markup, expected }) => {
    expect(withXmlDeclaration(markup)).toBe(expected);
  });
});
