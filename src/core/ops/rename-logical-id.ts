import { isJsonObject, type Json, type JsonObject } from '../template/json';
import { renameReferences } from '../template/intrinsics';
import { checkLogicalId } from '../template/names';
import { resourcesOf } from '../template/resources';
import type { LogicalId, Template } from '../template/types';

/** Why `to` cannot become the new logical id of `from`, or undefined. */
export function whyCannotRename(template: Template, from: LogicalId, to: string): string | undefined {
  if (!(from in resourcesOf(template))) return `There is no resource ${from}.`;
  if (to === from) return undefined;
  const invalid = checkLogicalId(to);
  if (invalid) return invalid;
  for (const section of ['Resources', 'Parameters', 'Conditions', 'Outputs', 'Mappings']) {
    const value = template[section];
    if (isJsonObject(value) && to in value) return `${to} is already used in ${section}; logical IDs must be unique.`;
  }
  return undefined;
}

/**
 * Renames a resource and rewrites every reference to it (Ref, Fn::GetAtt, Fn::Sub, DependsOn),
 * keeping the key order of Resources. Returns the template unchanged when the rename is refused.
 */
export function renameLogicalId(template: Template, from: LogicalId, to: LogicalId): Template {
  if (to === from || whyCannotRename(template, from, to)) return template;
  const resources: JsonObject = {};
  for (const [id, r] of Object.entries(resourcesOf(template))) {
    resources[id === from ? to : id] = renameDependsOn(renameReferences(r, from, to), from, to);
  }
  const next: Template = {};
  for (const [key, value] of Object.entries(template)) {
    next[key] = key === 'Resources' ? resources : key === 'Outputs' ? renameReferences(value, from, to) : value;
  }
  return next;
}

function renameDependsOn(resource: Json, from: LogicalId, to: LogicalId): Json {
  if (!isJsonObject(resource)) return resource;
  const d = resource.DependsOn;
  if (d === from) return { ...resource, DependsOn: to };
  if (Array.isArray(d)) return { ...resource, DependsOn: d.map((x) => (x === from ? to : x)) };
  return resource;
}
