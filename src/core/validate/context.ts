import { isJsonObject } from '../template/json';
import { resourcesOf } from '../template/resources';
import type { ValidationContext } from './types';
import { assignmentsFor } from '../resolve/assignments';

/** Everything the rules share, computed once per run, from whatever the user brought. */
export function buildContext(raw: unknown): ValidationContext {
  const template = isJsonObject(raw) ? raw : {};
  const cache = new Map<string, unknown>();
  const memo = <T>(key: string, compute: () => T): T => {
    if (!cache.has(key)) cache.set(key, compute());
    return cache.get(key) as T;
  };
  return { raw, template, resources: resourcesOf(template), assignments: assignmentsFor(template), memo };
}
