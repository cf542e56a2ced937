export { expandSam } from './expand-sam';
export { sourcePathOf } from './source-path';
export { hasSamTransform, SAM_TRANSFORM } from './transform';
export type { GeneratedBy, SamExpansion, SamIssue, SamPath } from './types';
