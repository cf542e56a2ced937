import { resourceOf, resourcesOf, withResource } from '../template/resources';
import { getAtt } from '../template/intrinsics';
import { uniqueLogicalId } from '../template/logical-ids';
import { RESOURCE_TYPES, type LogicalId, type Template } from '../template/types';
import type { JsonObject } from '../template/json';
import { targetResourceId, targetsOf, withTargets } from './targets';
import { isPermissionFor, lambdaPermissionFor, stateMachineTargetRoleFor } from './generated-permissions';

/** A rule can hold at most five targets. https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html */
export const MAX_TARGETS_PER_RULE = 5;

export type TargetKind = 'lambda' | 'stateMachine';

/** What kind of target a resource can be, if any. */
export function targetKindOf(template: Template, id: LogicalId): TargetKind | undefined {
  const type = resourceOf(template, id)?.Type;
  if (type === RESOURCE_TYPES.lambdaFunction) return 'lambda';
  if (type === RESOURCE_TYPES.stateMachine) return 'stateMachine';
  return undefined;
}

/** Why the rule cannot take this target, or undefined when it can. */
export function whyCannotConnect(template: Template, ruleId: LogicalId, targetId: LogicalId): string | undefined {
  if (resourceOf(template, ruleId)?.Type !== RESOURCE_TYPES.rule) return `${ruleId} is not a rule.`;
  if (!targetKindOf(template, targetId)) return `${targetId} is not a Lambda function or a state machine.`;
  const targets = targetsOf(template, ruleId);
  if (targets.some((t) => targetResourceId(t) === targetId)) return `${ruleId} already targets ${targetId}.`;
  if (targets.length >= MAX_TARGETS_PER_RULE) return `A rule can have at most ${MAX_TARGETS_PER_RULE} targets.`;
  return undefined;
}

function uniqueTargetId(targets: JsonObject[], base: string): string {
  const taken = new Set(targets.map((t) => t.Id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}

/**
 * Adds `targetId` as a target of the rule, with what EventBridge needs to invoke it:
 * - a state machine: `RoleArn`, a role EventBridge can assume that may start this state machine only
 *   (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-identity-based.html);
 * - a Lambda function: no `RoleArn`, and a resource-based permission for this rule
 *   (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-lambda-permissions).
 * Returns the template unchanged when the connection is not possible (see whyCannotConnect).
 */
export function connectRuleToTarget(template: Template, ruleId: LogicalId, targetId: LogicalId): Template {
  if (whyCannotConnect(template, ruleId, targetId)) return template;
  const targets = targetsOf(template, ruleId);
  const target: JsonObject = { Id: uniqueTargetId(targets, targetId), Arn: getAtt(targetId, 'Arn') };
  let next = template;
  if (targetKindOf(template, targetId) === 'stateMachine') {
    const roleId = uniqueLogicalId(template, `${ruleId}${targetId}Role`);
    next = withResource(next, roleId, stateMachineTargetRoleFor(targetId));
    target.RoleArn = getAtt(roleId, 'Arn');
  } else if (!Object.values(resourcesOf(template)).some((r) => isPermissionFor(r, ruleId, targetId))) {
    const permissionId = uniqueLogicalId(template, `${ruleId}${targetId}Permission`);
    next = withResource(next, permissionId, lambdaPermissionFor(ruleId, targetId));
  }
  return withTargets(next, ruleId, [...targets, target]);
}
