/**
 * Shapes of initiative lineage: which initiative of one plan became which of a later plan.
 * Rows of the `initiative_links` table (src/lib/tables/schema.ts) are LinkRow.
 */

/** The fields of an initiatives row (plus its pillar's title) that lineage reads. */
export interface InitiativeLike {
  initiative_id: string;
  plan_id: string;
  pillar_id: string;
  pillar_title: string;
  title: string;
  program_name: string | null;
  description: string;
}

/** Evidence a link rests on, strongest first. */
export type LinkMethod = 'program_name' | 'title_similarity' | 'curated';

export type LinkKind = 'continuing' | 'renamed' | 'merged' | 'split';

export interface LinkRow {
  from_initiative_id: string;
  to_initiative_id: string;
  from_plan_id: string;
  to_plan_id: string;
  method: LinkMethod;
  /** Confidence in [0, 1]: 1 for a shared program name, a (旧:…) pointer or a curated pair; else the similarity. */
  score: number;
  link_kind: LinkKind;
}

/**
 * An item's fate. 'unmatched' is an earlier item with no link where the caller may not claim 'ended'
 * (a facts record or truncated document is not a complete list), or a later item where 'new' may not
 * be claimed.
 */
export type ItemKind = LinkKind | 'ended' | 'new' | 'unmatched';

export interface ItemStatus {
  initiative_id: string;
  side: 'from' | 'to';
  kind: ItemKind;
  /** Ids on the other side it links to, in link order. */
  partners: string[];
  /** One line saying why (the evidence, or why no link). */
  reason: string;
}

/** How a curated entry finds an item: by program name or by the start of the title, never by id. */
export interface ItemMatcher {
  program_name?: string;
  title_start?: string;
}

export interface CuratedLink {
  from: ItemMatcher;
  to: ItemMatcher;
  reason: string;
}

export interface Lineage {
  links: LinkRow[];
  /** Keyed by initiative id, one map per side (a plan compared with itself has the same ids on both). */
  status: { from: Record<string, ItemStatus>; to: Record<string, ItemStatus> };
  /** Curated entries that found no item or more than one. */
  warnings: string[];
}
