/** d3-sankey layout for lineage flows: plain nodes/links in, positioned nodes and link paths out. */
import { sankey, sankeyLinkHorizontal, sankeyLeft } from 'd3-sankey';
import type { SankeyLinkDatum, SankeyNodeDatum } from './types';

export interface PlacedNode extends SankeyNodeDatum {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  value: number;
}

export interface PlacedLink extends SankeyLinkDatum {
  index: number;
  path: string;
  width: number;
  sourceLabel: string;
  targetLabel: string;
}

export interface SankeyLayoutResult {
  nodes: PlacedNode[];
  links: PlacedLink[];
}

export interface SankeyOptions {
  width: number;
  height: number;
  nodeWidth?: number;
  nodePadding?: number;
}

/**
 * Drops links to unknown nodes, self-links and non-positive values (d3-sankey would throw or draw
 * nothing); nodes without any remaining link are dropped too.
 */
export function cleanGraph(
  nodes: readonly SankeyNodeDatum[],
  links: readonly SankeyLinkDatum[]
): { nodes: SankeyNodeDatum[]; links: SankeyLinkDatum[] } {
  const ids = new Set(nodes.map((n) => n.id));
  const kept = links.filter((l) => ids.has(l.source) && ids.has(l.target) && l.source !== l.target && l.value > 0);
  const used = new Set(kept.flatMap((l) => [l.source, l.target]));
  return { nodes: nodes.filter((n) => used.has(n.id)), links: kept };
}

export function layoutSankey(
  nodes: readonly SankeyNodeDatum[],
  links: readonly SankeyLinkDatum[],
  { width, height, nodeWidth = 12, nodePadding = 10 }: SankeyOptions
): SankeyLayoutResult {
  const g = cleanGraph(nodes, links);
  if (!g.links.length || width <= 0 || height <= 0) return { nodes: [], links: [] };
  type N = SankeyNodeDatum;
  type L = { source: string; target: string; value: number; label?: string; index0: number };
  const generator = sankey<N, L>()
    .nodeId((d) => d.id)
    .nodeAlign(sankeyLeft)
    .nodeWidth(nodeWidth)
    .nodePadding(nodePadding)
    .nodeSort(null)
    .extent([
      [0, 0],
      [width, height]
    ]);
  const graph = generator({
    nodes: g.nodes.map((n) => ({ ...n })),
    links: g.links.map((l, index0) => ({ ...l, index0 }))
  });
  const path = sankeyLinkHorizontal<N, L>();
  const placed = graph.nodes.map((n) => ({
    id: n.id,
    label: n.label,
    column: n.column,
    x0: n.x0 ?? 0,
    x1: n.x1 ?? 0,
    y0: n.y0 ?? 0,
    y1: n.y1 ?? 0,
    value: n.value ?? 0
  }));
  const placedLinks = graph.links.map((l, index) => {
    const s = l.source as N;
    const t = l.target as N;
    return {
      source: s.id,
      target: t.id,
      value: l.value,
      label: l.label,
      index,
      path: path(l) ?? '',
      width: Math.max(1, l.width ?? 1),
      sourceLabel: s.label,
      targetLabel: t.label
    };
  });
  return { nodes: placed, links: placedLinks };
}
