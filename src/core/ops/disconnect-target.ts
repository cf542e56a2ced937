import { isJsonObject } from '../template/json';
import { resourcesOf } from '../template/resources';
import { referencedId, referencedIds } from '../template/intrinsics';
import type { LogicalId, Template } from '../template/types';
import { targetResourceId, targetsOf, withTargets } from './targets';
import { isPermissionFor } from './generated-permissions';
import { removeResources } from './remove-resources';
import { withoutDeliveryStatements } from './target-resource-policies';

/**
 * Removes one target from a rule, with what was there only for it: the role it used (when nothing
 * else uses that role), the function permission for this rule (when no other target of the rule
 * still invokes the function), the queue policy statements for this rule (when the rule no longer
 * sends to the queue, as a target or dead-letter queue) and a topic's publish statement (when no
 * rule of the template targets the topic any more). A policy left with no statement goes.
 */
export function disconnectTarget(template: Template, ruleId: LogicalId, targetIndex: number): Template {
  const targets = targetsOf(template, ruleId);
  const target = targets[targetIndex];
  if (!target) return template;
  const kept = targets.filter((_, i) => i !== targetIndex);
  let next = withTargets(template, ruleId, kept);
  const fnId = targetResourceId(target);
  const stillInvoked = kept.some((t) => targetResourceId(t) === fnId);
  const garbage: LogicalId[] = [];
  if (fnId && !stillInvoked) {
    for (const [id, r] of Object.entries(resourcesOf(next))) if (isPermissionFor(r, ruleId, fnId)) garbage.push(id);
  }
  const dlqId = isJsonObject(target.DeadLetterConfig) ? referencedId(target.DeadLetterConfig.Arn) : undefined;
  for (const id of [fnId, dlqId]) if (id) next = withoutDeliveryStatements(next, ruleId, id);
  const used = new Set<LogicalId>();
  for (const r of Object.values(resourcesOf(next))) referencedIds(r, used);
  for (const roleId of referencedIds(target.RoleArn)) if (!used.has(roleId) && resourcesOf(next)[roleId]) garbage.push(roleId);
  if (garbage.length > 0) next = removeResources(next, garbage);
  return next;
}
