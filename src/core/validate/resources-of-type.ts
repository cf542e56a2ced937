import { isJsonObject, type JsonObject } from '../template/json';
import { propertiesOf } from '../template/resources';
import type { LogicalId } from '../template/types';
import type { ValidationContext } from './types';

/** [logical id, resource, Properties] of every resource of one type. */
export function resourcesOfType(ctx: ValidationContext, type: string): [LogicalId, JsonObject, JsonObject][] {
  return Object.entries(ctx.resources)
    .filter(([, r]) => r.Type === type)
    .map(([id, r]) => [id, r, propertiesOf(r)]);
}

/** The rule's Targets that are objects, with their index in the list. */
export function targetsWithIndex(properties: JsonObject): [number, JsonObject][] {
  const targets = properties.Targets;
  if (!Array.isArray(targets)) return [];
  return targets.flatMap((t, i) => (isJsonObject(t) ? [[i, t] as [number, JsonObject]] : []));
}
