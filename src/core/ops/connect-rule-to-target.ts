import { propertiesOf, resourceOf, resourcesOf, withProperty, withResource } from '../template/resources';
import { getAtt, ref } from '../template/intrinsics';
import { uniqueLogicalId } from '../template/logical-ids';
import { RESOURCE_TYPES, type LogicalId, type Template } from '../template/types';
import type { JsonObject } from '../template/json';
import { targetResourceId, targetsOf, withTargets } from './targets';
import { eventBusTargetRoleFor, isPermissionFor, lambdaPermissionFor, stateMachineTargetRoleFor } from './generated-permissions';
import { SQS_QUEUE } from './dead-letter-queue';
import { SNS_TOPIC, allowQueueSend, allowTopicPublish } from './target-resource-policies';

/** A rule can hold at most five targets. https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html */
export const MAX_TARGETS_PER_RULE = 5;

export type TargetKind = 'lambda' | 'stateMachine' | 'topic' | 'queue' | 'bus';

/** What kind of target a resource can be, if any. */
export function targetKindOf(template: Template, id: LogicalId): TargetKind | undefined {
  const type = resourceOf(template, id)?.Type;
  // A SAM function or state machine deploys as a resource of the same logical id, so Ref and GetAtt
  // Arn name it as they name a plain one; what SAM generates for its own events does not cover other rules.
  // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources-function.html
  if (type === RESOURCE_TYPES.lambdaFunction || type === 'AWS::Serverless::Function') return 'lambda';
  if (type === RESOURCE_TYPES.stateMachine || type === 'AWS::Serverless::StateMachine') return 'stateMachine';
  if (type === SNS_TOPIC) return 'topic';
  if (type === SQS_QUEUE) return 'queue';
  if (type === RESOURCE_TYPES.eventBus) return 'bus';
  return undefined;
}

/** Why the rule cannot take this target, or undefined when it can. */
export function whyCannotConnect(template: Template, ruleId: LogicalId, targetId: LogicalId): string | undefined {
  if (resourceOf(template, ruleId)?.Type !== RESOURCE_TYPES.rule) return `${ruleId} is not a rule.`;
  if (!targetKindOf(template, targetId))
    return `${targetId} is not a Lambda function, a state machine, an SNS topic, an SQS queue or an event bus.`;
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

/** A FIFO queue: FifoQueue true, or a name ending in .fifo (FIFO names must). */
export function isFifoQueue(queue: JsonObject | undefined): boolean {
  const p = propertiesOf(queue);
  return p.FifoQueue === true || p.FifoQueue === 'true' || (typeof p.QueueName === 'string' && p.QueueName.endsWith('.fifo'));
}

/**
 * Adds `targetId` as a target of the rule, with what EventBridge needs to deliver to it:
 * - a state machine: `RoleArn`, a role EventBridge can assume that may start this state machine only
 *   (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-identity-based.html);
 * - a Lambda function: no `RoleArn`, and a resource-based permission for this rule
 *   (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-lambda-permissions);
 * - an SNS topic (Arn: Ref, its ARN): no `RoleArn`, and a topic policy statement letting EventBridge
 *   publish, unless the topic's policy already does (one statement, without condition, serves every rule);
 * - an SQS queue (Arn: GetAtt Arn; Ref is its URL): no `RoleArn`, and a queue policy statement letting
 *   EventBridge send for this rule only. A FIFO queue also gets SqsParameters.MessageGroupId, which
 *   PutTargets requires, and content-based deduplication, as a rule target passes no deduplication ID
 *   (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html);
 * - an event bus of the template: `RoleArn`, a role EventBridge can assume that may put events on
 *   this bus only (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-bus-to-bus.html).
 * Returns the template unchanged when the connection is not possible (see whyCannotConnect).
 */
export function connectRuleToTarget(template: Template, ruleId: LogicalId, targetId: LogicalId): Template {
  if (whyCannotConnect(template, ruleId, targetId)) return template;
  const targets = targetsOf(template, ruleId);
  const kind = targetKindOf(template, targetId);
  const target: JsonObject = { Id: uniqueTargetId(targets, targetId), Arn: kind === 'topic' ? ref(targetId) : getAtt(targetId, 'Arn') };
  let next = template;
  if (kind === 'stateMachine' || kind === 'bus') {
    const roleId = uniqueLogicalId(template, `${ruleId}${targetId}Role`);
    next = withResource(next, roleId, kind === 'bus' ? eventBusTargetRoleFor(targetId) : stateMachineTargetRoleFor(targetId));
    target.RoleArn = getAtt(roleId, 'Arn');
  } else if (kind === 'topic') {
    next = allowTopicPublish(next, targetId, ruleId);
  } else if (kind === 'queue') {
    const queue = resourceOf(next, targetId)!;
    if (isFifoQueue(queue)) {
      // One message group per rule keeps the rule's events in order; MessageGroupId has at most 100 characters.
      // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-sqsparameters.html
      target.SqsParameters = { MessageGroupId: ruleId.slice(0, 100) };
      const dedup = propertiesOf(queue).ContentBasedDeduplication;
      if (dedup !== true && dedup !== 'true') next = withResource(next, targetId, withProperty(queue, 'ContentBasedDeduplication', true));
    }
    next = allowQueueSend(next, targetId, ruleId);
  } else if (!Object.values(resourcesOf(template)).some((r) => isPermissionFor(r, ruleId, targetId))) {
    const permissionId = uniqueLogicalId(template, `${ruleId}${targetId}Permission`);
    next = withResource(next, permissionId, lambdaPermissionFor(ruleId, targetId));
  }
  return withTargets(next, ruleId, [...targets, target]);
}
