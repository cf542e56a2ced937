export { expandSam } from './expand-sam';
export { sourcePathOf } from './source-path';
export { hasSamTransform, isSamTemplate, SAM_TRANSFORM } from './transform';
export type { GeneratedBy, SamExpansion, SamIssue, SamPath } from './types';

import { expandSam as expand } from './expand-sam';
import type { SamExpansion as Expansion } from './types';
import type { Template as T } from '../template/types';

const expansions = new WeakMap<object, Expansion>();

/** expandSam, once per template object: the graph, the checks and the sandbox share one expansion. */
export function expandSamOnce(template: T): Expansion {
  let e = expansions.get(template);
  if (!e) {
    e = expand(template);
    expansions.set(template, e);
  }
  return e;
}
