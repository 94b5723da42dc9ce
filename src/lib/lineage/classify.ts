/**
 * Turns the links found into link kinds and a status for every item on both sides.
 *   split      the earlier item has 2+ later partners
 *   merged     the later item has 2+ earlier partners
 *   continuing one-to-one, same program name (or none on both) and a similar title
 *   renamed    one-to-one, but the program name or the title changed materially
 * Unlinked items are 'ended' / 'new' only where the caller may claim it (see lineageClaims).
 */
import { isSameWork, type ItemGrams } from './compare-items';
import type { LinkSet } from './link-set';
import type { InitiativeLike, ItemKind, ItemStatus, LinkKind, LinkRow } from './types';

export interface ClassifyInput {
  from: InitiativeLike[];
  to: InitiativeLike[];
  grams: { from: ItemGrams[]; to: ItemGrams[] };
  set: LinkSet;
  claimEnded: boolean;
  claimNew: boolean;
}

function linkKind(input: ClassifyInput, f: number, t: number): LinkKind {
  const { set } = input;
  if (set.fromDegree(f) > 1) return 'split';
  if (set.toDegree(t) > 1) return 'merged';
  return isSameWork(input.from[f], input.to[t], input.grams.from[f], input.grams.to[t]) ? 'continuing' : 'renamed';
}

export function classify(input: ClassifyInput): { links: LinkRow[]; status: { from: Record<string, ItemStatus>; to: Record<string, ItemStatus> } } {
  const { from, to, set } = input;
  const ordered = [...set.links].sort((a, b) => a.f - b.f || a.t - b.t);
  const kinds = new Map<string, LinkKind>();
  const links: LinkRow[] = ordered.map((l) => {
    const kind = linkKind(input, l.f, l.t);
    kinds.set(`${l.f}:${l.t}`, kind);
    return {
      from_initiative_id: from[l.f].initiative_id,
      to_initiative_id: to[l.t].initiative_id,
      from_plan_id: from[l.f].plan_id,
      to_plan_id: to[l.t].plan_id,
      method: l.method,
      score: l.score,
      link_kind: kind
    };
  });
  const reasonsOf = (pick: (l: (typeof ordered)[number]) => boolean) => ordered.filter(pick).map((l) => l.reason);

  const status = { from: {} as Record<string, ItemStatus>, to: {} as Record<string, ItemStatus> };
  from.forEach((item, f) => {
    const partners = set.partnersOfFrom(f);
    let kind: ItemKind;
    let reason: string;
    if (partners.length === 0) {
      kind = input.claimEnded ? 'ended' : 'unmatched';
      reason = input.claimEnded ? 'not found in the later plan' : "not found in the later plan; 'ended' not claimed (the plans are not both complete documents)";
    } else {
      kind = partners.length > 1 ? 'split' : (kinds.get(`${f}:${partners[0]}`) as LinkKind);
      reason = reasonsOf((l) => l.f === f).join('; ');
    }
    status.from[item.initiative_id] = { initiative_id: item.initiative_id, side: 'from', kind, partners: partners.map((t) => to[t].initiative_id), reason };
  });
  to.forEach((item, t) => {
    const partners = set.partnersOfTo(t);
    let kind: ItemKind;
    let reason: string;
    if (partners.length === 0) {
      kind = input.claimNew ? 'new' : 'unmatched';
      reason = input.claimNew ? 'not found in the earlier plan' : "not found in the earlier plan; 'new' not claimed (the plans are not both complete documents)";
    } else {
      kind = partners.length > 1 ? 'merged' : (kinds.get(`${partners[0]}:${t}`) as LinkKind);
      reason = reasonsOf((l) => l.t === t).join('; ');
    }
    status.to[item.initiative_id] = { initiative_id: item.initiative_id, side: 'to', kind, partners: partners.map((f) => from[f].initiative_id), reason };
  });
  return { links, status };
}
