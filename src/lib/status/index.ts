export { assignStatus } from './assign-status';
export { figuresFromFacts } from './facts-figures';
export { isNewMarker, saysNoneNew } from './new-markers';
export type * from './types';
