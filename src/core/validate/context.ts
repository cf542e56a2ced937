import { isJsonObject } from '../template/json';
import { resourcesOf } from '../template/resources';
import type { ValidationContext } from './types';
import { assignmentsFor } from '../resolve/assignments';
import { expandSamOnce } from '../sam';

/**
 * Everything the rules share, computed once per run, from whatever the user brought. A SAM template
 * is judged as CloudFormation will see it after SAM's transform: `template` holds the expansion,
 * `raw` what the user wrote.
 */
export function buildContext(raw: unknown): ValidationContext {
  const sam = isJsonObject(raw) ? expandSamOnce(raw) : undefined;
  const template = sam ? sam.template : {};
  const cache = new Map<string, unknown>();
  const memo = <T>(key: string, compute: () => T): T => {
    if (!cache.has(key)) cache.set(key, compute());
    return cache.get(key) as T;
  };
  return { raw, template, resources: resourcesOf(template), assignments: assignmentsFor(template), memo, sam };
}
