export { applyCuration, curatedThemes } from './apply-curation';
export type { AppliedCuration, CurationResult, CurationWhere } from './apply-curation';
export { loadCuration, CurationDataError, CurationEntrySchema } from './schema';
export type { CurationEntry } from './schema';
