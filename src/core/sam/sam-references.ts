import { isJsonObject, type Json } from '../template/json';
import type { LogicalId, Template } from '../template/types';
import type { GeneratedBy } from './types';

/**
 * `Ref Fn.Alias` and `Ref Fn.Version` are SAM's names for the alias and version AutoPublishAlias makes;
 * SAM rewrites them to the generated resources' logical ids.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources-function.html#sam-specification-generated-resources-function-autopublishalias
 */
export function referenceableNames(template: Template, generated: Map<LogicalId, GeneratedBy>): Map<string, LogicalId> {
  const names = new Map<string, LogicalId>();
  const resources = isJsonObject(template.Resources) ? template.Resources : {};
  for (const [id, by] of generated) {
    const r = resources[id];
    const type = isJsonObject(r) ? r.Type : undefined;
    if (type === 'AWS::Lambda::Alias') names.set(`${by.samResource}.Alias`, id);
    if (type === 'AWS::Lambda::Version') names.set(`${by.samResource}.Version`, id);
  }
  return names;
}

function rewrite(value: Json, names: Map<string, LogicalId>): Json {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, names));
  if (!isJsonObject(value)) return value;
  if (Object.keys(value).length === 1 && typeof value.Ref === 'string' && names.has(value.Ref)) return { Ref: names.get(value.Ref)! };
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, names)]));
}

/** The template with SAM's referenceable names in Resources and Outputs replaced by logical ids. */
export function rewriteSamReferences(template: Template, names: Map<string, LogicalId>): Template {
  if (names.size === 0) return template;
  const out: Template = { ...template };
  for (const section of ['Resources', 'Outputs']) if (template[section] !== undefined) out[section] = rewrite(template[section]!, names);
  return out;
}
