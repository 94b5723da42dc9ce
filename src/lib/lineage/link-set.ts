/**
 * The links found so far between two item lists (by index), with each item's degree, so that the
 * matching stages can ask "is this item still free?" and "is it already part of a split/merge?".
 */
import type { LinkMethod } from './types';

export interface PendingLink {
  f: number;
  t: number;
  method: LinkMethod;
  score: number;
  reason: string;
}

export class LinkSet {
  readonly links: PendingLink[] = [];
  private readonly fromPartners: number[][];
  private readonly toPartners: number[][];

  constructor(fromCount: number, toCount: number) {
    this.fromPartners = Array.from({ length: fromCount }, () => []);
    this.toPartners = Array.from({ length: toCount }, () => []);
  }

  has(f: number, t: number): boolean {
    return this.fromPartners[f].includes(t);
  }

  /** Adds the link unless the pair is already linked (the earlier, stronger evidence stands). */
  add(link: PendingLink): boolean {
    if (this.has(link.f, link.t)) return false;
    this.links.push(link);
    this.fromPartners[link.f].push(link.t);
    this.toPartners[link.t].push(link.f);
    return true;
  }

  partnersOfFrom(f: number): readonly number[] {
    return this.fromPartners[f];
  }

  partnersOfTo(t: number): readonly number[] {
    return this.toPartners[t];
  }

  /** True where a person curated a link of this earlier item: similarity must not add to it. */
  fromCurated(f: number): boolean {
    return this.links.some((l) => l.f === f && l.method === 'curated');
  }

  toCurated(t: number): boolean {
    return this.links.some((l) => l.t === t && l.method === 'curated');
  }

  fromDegree(f: number): number {
    return this.fromPartners[f].length;
  }

  toDegree(t: number): number {
    return this.toPartners[t].length;
  }
}
