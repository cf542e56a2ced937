import { isJsonObject } from '../template/json';
import { resourcesOf } from '../template/resources';
import type { ValidationContext } from './types';
import { assignmentsFor } from '../resolve/assignments';

/** Everything the rules share, computed once per run, from whatever the user brought. */
export function buildContext(raw: unknown): ValidationContext {
  const template = isJsonObject(raw) ? raw : {};
  return { raw, template, resources: resourcesOf(template), assignments: assignmentsFor(template) };
}
