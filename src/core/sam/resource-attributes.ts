import { isJsonObject, type Json, type JsonObject } from '../template/json';
import type { Emitter, SamPath } from './types';

/** The attributes SAM keeps on the resource it replaces a SAM resource with.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html */
const KEPT = ['DependsOn', 'Condition', 'Metadata', 'DeletionPolicy', 'UpdateReplacePolicy'];

/** The attributes SAM copies onto every resource it generates for a SAM resource ("pass-through" attributes).
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-resources-and-properties.html */
const PASSED_ON = ['Condition', 'DeletionPolicy', 'UpdateReplacePolicy'];

export function keptAttributes(resource: JsonObject): JsonObject {
  return Object.fromEntries(KEPT.filter((k) => resource[k] !== undefined).map((k) => [k, resource[k]!]));
}

export function passedOnAttributes(resource: JsonObject): JsonObject {
  return Object.fromEntries(PASSED_ON.filter((k) => resource[k] !== undefined).map((k) => [k, resource[k]!]));
}

/** The Properties of a SAM resource; a missing section is empty, a malformed one is reported and treated as empty. */
export function samProperties(emit: Emitter, resource: JsonObject, path: SamPath): JsonObject {
  const p: Json | undefined = resource.Properties;
  if (p === undefined || p === null) return {};
  if (isJsonObject(p)) return p;
  emit.issue('malformed', [...path, 'Properties'], 'Properties must be an object; SAM refuses anything else.');
  return {};
}

/** Copies the listed keys that are set. */
export function pick(from: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(keys.filter((k) => from[k] !== undefined).map((k) => [k, from[k]!]));
}
