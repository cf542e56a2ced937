import { isJsonObject, type JsonObject } from '../template/json';
import { propertiesOf, resourceOf, withProperty, withResource } from '../template/resources';
import { referencedId } from '../template/intrinsics';
import type { LogicalId, Template } from '../template/types';

/** The rule's Targets as objects (anything else in the list is kept by the writers, not shown). */
export function targetsOf(template: Template, ruleId: LogicalId): JsonObject[] {
  const targets = propertiesOf(resourceOf(template, ruleId)).Targets;
  return Array.isArray(targets) ? targets.filter(isJsonObject) : [];
}

/** The logical id a target's Arn points at, when it is a Ref or GetAtt. */
export function targetResourceId(target: JsonObject): LogicalId | undefined {
  return referencedId(target.Arn);
}

/** A copy of the template with the rule's Targets replaced; an empty list removes the property. */
export function withTargets(template: Template, ruleId: LogicalId, targets: JsonObject[]): Template {
  const rule = resourceOf(template, ruleId);
  if (!rule) return template;
  return withResource(template, ruleId, withProperty(rule, 'Targets', targets.length > 0 ? targets : undefined));
}
