/**
 * Lineage aggregated for a Sankey/alluvial chart, three columns:
 *   0 earlier pillars → 1 what happened (continuing, renamed, merged, split, ended …) → 2 later pillars.
 * Values count links, not items, so every middle node's inflow equals its outflow (an item split in two
 * counts twice on the left, once per part). Unlinked earlier items flow into 'ended' (or
 * 'unmatched_earlier' where 'ended' may not be claimed) and stop; unlinked later items start at 'new'
 * (or 'unmatched_later').
 * Pillars are paired across years by title similarity (diffLists), not by position, so reordering is not
 * a change; the pairing orders the later column and marks pillars kept / changed / removed / added.
 */
import { diffLists, type ListChange } from './text-diff';
import type { InitiativeLike, Lineage, LinkKind } from './types';

export type FlowKind = LinkKind | 'ended' | 'unmatched_earlier' | 'new' | 'unmatched_later';
export type PillarChange = 'kept' | 'changed' | 'removed' | 'added';

export interface FlowNode {
  id: string;
  label: string;
  column: 0 | 1 | 2;
  /** Pillar nodes: how the pillar fared across the two years. */
  pillar_change?: PillarChange;
  /** Pillar nodes: id of the paired pillar node in the other column. */
  pair?: string;
}

export interface FlowLink {
  source: string;
  target: string;
  value: number;
  kind: FlowKind;
}

export interface PillarFlow {
  nodes: FlowNode[];
  links: FlowLink[];
  /** The pillar pairing, by index into the pillar lists used. */
  pillars: ListChange[];
}

export interface PillarLike {
  pillar_id: string;
  title: string;
}

export const FLOW_KINDS: readonly FlowKind[] = ['continuing', 'renamed', 'merged', 'split', 'ended', 'unmatched_earlier', 'new', 'unmatched_later'];

/** Pillars in order of first appearance among the items (used where the caller passes no pillar list). */
export function pillarsOf(items: InitiativeLike[]): PillarLike[] {
  const seen = new Map<string, string>();
  for (const i of items) if (!seen.has(i.pillar_id)) seen.set(i.pillar_id, i.pillar_title);
  return [...seen].map(([pillar_id, title]) => ({ pillar_id, title }));
}

const fromNode = (pillarId: string) => `from:${pillarId}`;
const toNode = (pillarId: string) => `to:${pillarId}`;
const kindNode = (kind: FlowKind) => `kind:${kind}`;

export function pillarFlow(
  lineage: Lineage,
  from: InitiativeLike[],
  to: InitiativeLike[],
  opts: { fromPillars?: PillarLike[]; toPillars?: PillarLike[] } = {}
): PillarFlow {
  const fromPillars = opts.fromPillars ?? pillarsOf(from);
  const toPillars = opts.toPillars ?? pillarsOf(to);
  const pairing = diffLists(
    fromPillars.map((p) => p.title),
    toPillars.map((p) => p.title)
  );

  const fromNodes: FlowNode[] = fromPillars.map((p) => ({ id: fromNode(p.pillar_id), label: p.title, column: 0, pillar_change: 'removed' }));
  const toNodes: FlowNode[] = toPillars.map((p) => ({ id: toNode(p.pillar_id), label: p.title, column: 2, pillar_change: 'added' }));
  const toOrder: number[] = [];
  for (const c of pairing) {
    if (c.op !== 'kept' && c.op !== 'changed') continue;
    fromNodes[c.a_index].pillar_change = c.op;
    fromNodes[c.a_index].pair = toNodes[c.b_index].id;
    toNodes[c.b_index].pillar_change = c.op;
    toNodes[c.b_index].pair = fromNodes[c.a_index].id;
  }
  // Later column: pillars in the order of their earlier partners, then the added ones as printed.
  for (const c of [...pairing].sort((x, y) => ('a_index' in x ? x.a_index : Infinity) - ('a_index' in y ? y.a_index : Infinity))) {
    if (c.op === 'kept' || c.op === 'changed') toOrder.push(c.b_index);
  }
  toNodes.forEach((_, j) => {
    if (!toOrder.includes(j)) toOrder.push(j);
  });

  const counts = new Map<string, FlowLink>();
  const add = (source: string, target: string, kind: FlowKind) => {
    const key = `${source}\u0000${target}`;
    const hit = counts.get(key);
    if (hit) hit.value++;
    else counts.set(key, { source, target, value: 1, kind });
  };
  const fromById = new Map(from.map((i) => [i.initiative_id, i]));
  const toById = new Map(to.map((i) => [i.initiative_id, i]));
  for (const l of lineage.links) {
    const f = fromById.get(l.from_initiative_id);
    const t = toById.get(l.to_initiative_id);
    if (!f || !t) continue;
    add(fromNode(f.pillar_id), kindNode(l.link_kind), l.link_kind);
    add(kindNode(l.link_kind), toNode(t.pillar_id), l.link_kind);
  }
  for (const f of from) {
    const s = lineage.status.from[f.initiative_id];
    if (s && s.partners.length === 0) {
      const kind: FlowKind = s.kind === 'ended' ? 'ended' : 'unmatched_earlier';
      add(fromNode(f.pillar_id), kindNode(kind), kind);
    }
  }
  for (const t of to) {
    const s = lineage.status.to[t.initiative_id];
    if (s && s.partners.length === 0) {
      const kind: FlowKind = s.kind === 'new' ? 'new' : 'unmatched_later';
      add(kindNode(kind), toNode(t.pillar_id), kind);
    }
  }

  const used = new Set([...counts.values()].flatMap((l) => [l.source, l.target]));
  const kindNodes: FlowNode[] = FLOW_KINDS.filter((k) => used.has(kindNode(k))).map((k) => ({ id: kindNode(k), label: k, column: 1 }));
  const nodes = [...fromNodes, ...kindNodes, ...toOrder.map((j) => toNodes[j])];
  const rank = new Map(nodes.map((n, i) => [n.id, i]));
  const links = [...counts.values()].sort((x, y) => rank.get(x.source)! - rank.get(y.source)! || rank.get(x.target)! - rank.get(y.target)!);
  return { nodes, links, pillars: pairing };
}
