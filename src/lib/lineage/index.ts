/** Initiative lineage across years and wording diffs: pure, shared by the build and the browser. */
export type { CuratedLink, InitiativeLike, ItemKind, ItemMatcher, ItemStatus, Lineage, LinkKind, LinkMethod, LinkRow } from './types';
export { charNgrams, diceOfGrams, textSimilarity } from './ngram';
export { renamePointers, stripRenamePointers } from './rename-pointer';
export { matchInitiatives, DEFAULT_THRESHOLD, DEFAULT_SECOND_THRESHOLD, type MatchOptions } from './match-initiatives';
export { lineageClaims, type PlanCompleteness } from './claims';
export { initiativesFromPlan, initiativesFromRows } from './from-rows';
export { pillarFlow, pillarsOf, FLOW_KINDS, type FlowKind, type FlowLink, type FlowNode, type PillarFlow, type PillarLike, type PillarChange } from './pillar-flow';
export { diffText, diffLists, LIST_PAIR_THRESHOLD, type DiffOp, type DiffPart, type ListChange } from './text-diff';
