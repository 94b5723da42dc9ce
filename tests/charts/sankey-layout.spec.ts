import { describe, expect, it } from 'vitest';
import { cleanGraph, layoutSankey } from '../../src/lib/charts/sankey-layout';

const nodes = [
  { id: 'A', label: '2022 施策1' },
  { id: 'B', label: '2022 施策2' },
  { id: 'C', label: '2023 施策1' }
];
const links = [
  { source: 'A', target: 'C', value: 2 },
  { source: 'B', target: 'C', value: 1 }
];

describe('layoutSankey', () => {
  // width 100, nodeWidth 10: depth 0 at x 0–10, depth 1 at x 90–100.
  // ky = min((100 - 1×10) / 3, (100 - 0) / 3) = 30 → A 60 px, B 30 px, C 90 px tall.
  const g = layoutSankey(nodes, links, { width: 100, height: 100, nodeWidth: 10, nodePadding: 10 });
  const node = (id: string) => g.nodes.find((n) => n.id === id)!;

  it('places columns by depth', () => {
    expect([node('A').x0, node('A').x1, node('C').x0, node('C').x1]).toEqual([0, 10, 90, 100]);
    expect(node('B').x0).toBe(0);
  });

  it('sizes nodes and links by value', () => {
    expect(node('A').y1 - node('A').y0).toBeCloseTo(60);
    expect(node('B').y1 - node('B').y0).toBeCloseTo(30);
    expect(node('C').y1 - node('C').y0).toBeCloseTo(90);
    expect(node('C').value).toBe(3);
    expect(g.links.map((l) => [l.source, l.target, l.width])).toEqual([
      ['A', 'C', 60],
      ['B', 'C', 30]
    ]);
  });

  it('gives each link a path from the source node edge and readable labels', () => {
    expect(g.links[0].path.startsWith('M10,')).toBe(true);
    expect(g.links[0].sourceLabel).toBe('2022 施策1');
    expect(g.links[0].targetLabel).toBe('2023 施策1');
  });

  it('is empty without links or without room', () => {
    expect(layoutSankey(nodes, [], { width: 100, height: 100 })).toEqual({ nodes: [], links: [] });
    expect(layoutSankey(nodes, links, { width: 0, height: 100 })).toEqual({ nodes: [], links: [] });
  });
});

describe('cleanGraph', () => {
  it('drops self links, unknown ends, non-positive values and orphan nodes', () => {
    const g = cleanGraph(
      [...nodes, { id: 'D', label: 'orphan' }],
      [
        { source: 'A', target: 'C', value: 2 },
        { source: 'A', target: 'A', value: 1 },
        { source: 'A', target: 'Z', value: 1 },
        { source: 'B', target: 'C', value: 0 }
      ]
    );
    expect(g.links).toEqual([{ source: 'A', target: 'C', value: 2 }]);
    expect(g.nodes.map((n) => n.id)).toEqual(['A', 'C']);
  });
});
