import { isJsonObject, type Json, type JsonObject } from './json';
import type { LogicalId, Resource, Template } from './types';

// Templates are never mutated (every edit makes a new one), so the filtered view of a Resources
// object can be kept for as long as that object lives. Checks look resources up many times a run.
const filtered = new WeakMap<object, Record<LogicalId, JsonObject>>();

/** The `Resources` section's object entries, or an empty object when it is missing or not an object. Do not mutate. */
export function resourcesOf(template: Template): Record<LogicalId, JsonObject> {
  const resources = template.Resources;
  if (!isJsonObject(resources)) return {};
  const cached = filtered.get(resources);
  if (cached) return cached;
  const out: Record<LogicalId, JsonObject> = {};
  for (const [id, value] of Object.entries(resources)) if (isJsonObject(value)) out[id] = value;
  filtered.set(resources, out);
  return out;
}

/** The resource with this logical id when it is an object with a string Type. */
export function resourceOf(template: Template, id: LogicalId): Resource | undefined {
  const resource = resourcesOf(template)[id];
  return resource && typeof resource.Type === 'string' ? (resource as Resource) : undefined;
}

export function propertiesOf(resource: JsonObject | undefined): JsonObject {
  const properties = resource?.Properties;
  return isJsonObject(properties) ? properties : {};
}

/** Logical ids of every resource of the given type, in template order. */
export function idsOfType(template: Template, type: string): LogicalId[] {
  return Object.entries(resourcesOf(template))
    .filter(([, r]) => r.Type === type)
    .map(([id]) => id);
}

/** A copy of the template with one resource replaced (or added at the end). Key order is kept. */
export function withResource(template: Template, id: LogicalId, resource: JsonObject): Template {
  return { ...template, Resources: { ...resourcesOf(template), [id]: resource } };
}

/** A copy of the template without the given resources. */
export function withoutResources(template: Template, ids: Iterable<LogicalId>): Template {
  const drop = new Set(ids);
  const kept: Record<LogicalId, Json> = {};
  for (const [id, r] of Object.entries(resourcesOf(template))) if (!drop.has(id)) kept[id] = r;
  return { ...template, Resources: kept };
}

/** A copy of the resource with one property set (or removed when value is undefined). */
export function withProperty(resource: JsonObject, key: string, value: Json | undefined): JsonObject {
  const properties: JsonObject = { ...propertiesOf(resource) };
  if (value === undefined) delete properties[key];
  else properties[key] = value;
  return { ...resource, Properties: properties };
}
