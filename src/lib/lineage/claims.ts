/**
 * Whether absence may be read as 'ended' / 'new'. Only a complete list supports a claim about what is
 * missing from it: a facts record (coverage 'partial') names examples, a truncated document stops early
 * (guides/data-contract.md: never infer 'ended' from a facts record).
 */
export interface PlanCompleteness {
  coverage: string;
  truncated: boolean;
}

const complete = (p: PlanCompleteness) => p.coverage === 'full' && !p.truncated;

export function lineageClaims(from: PlanCompleteness, to: PlanCompleteness): { claimEnded: boolean; claimNew: boolean } {
  const both = complete(from) && complete(to);
  return { claimEnded: both, claimNew: both };
}
