import { isJsonObject, type JsonObject } from '../template/json';
import { getAtt, referencedId, refersTo } from '../template/intrinsics';
import { propertiesOf, resourcesOf, withResource } from '../template/resources';
import { uniqueLogicalId } from '../template/logical-ids';
import type { LogicalId, Template } from '../template/types';
import { setTargetProperty } from './set-target-property';
import { targetsOf } from './targets';
import { policiesListing, withPolicyStatement, withoutStatements } from './policy-statements';

export const SQS_QUEUE = 'AWS::SQS::Queue';
export const SQS_QUEUE_POLICY = 'AWS::SQS::QueuePolicy';

/**
 * The statement that lets EventBridge send one rule's failed events to a queue: principal
 * events.amazonaws.com, sqs:SendMessage on the queue, only for this rule (aws:SourceArn).
 * "If you use the PutTargets operation ... you must manually grant permissions to the queue"
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-event-delivery.html#eb-dlq-perms
 */
export function dlqStatementFor(queueId: LogicalId, ruleId: LogicalId): JsonObject {
  return {
    Sid: `Allow${ruleId}ToSendFailedEvents`,
    Effect: 'Allow',
    Principal: { Service: 'events.amazonaws.com' },
    Action: 'sqs:SendMessage',
    Resource: getAtt(queueId, 'Arn'),
    Condition: { ArnEquals: { 'aws:SourceArn': getAtt(ruleId, 'Arn') } },
  };
}

/** The queue policies that apply to a queue (their Queues list names it by Ref, which is its URL). */
export function queuePoliciesOf(template: Template, queueId: LogicalId): LogicalId[] {
  return policiesListing(template, SQS_QUEUE_POLICY, 'Queues', queueId);
}

/** Makes sure a policy on the queue lets EventBridge send this rule's failed events: adds the statement, or a policy. */
export function allowDlqDelivery(template: Template, queueId: LogicalId, ruleId: LogicalId): Template {
  return withPolicyStatement(
    template,
    { type: SQS_QUEUE_POLICY, listKey: 'Queues', resourceId: queueId },
    dlqStatementFor(queueId, ruleId),
  );
}

/**
 * Gives a target a dead-letter queue: a new standard SQS queue (FIFO queues cannot be DLQs), the
 * queue policy EventBridge needs to send to it, and DeadLetterConfig.Arn = the queue's ARN (Ref
 * would give its URL). https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html
 */
export function addDeadLetterQueue(template: Template, ruleId: LogicalId, index: number): { template: Template; queueId: LogicalId } {
  if (!targetsOf(template, ruleId)[index]) return { template, queueId: '' };
  const queueId = uniqueLogicalId(template, `${ruleId}DeadLetterQueue`);
  // Failed events wait in the queue for the longest retention SQS allows, 14 days.
  let next = withResource(template, queueId, { Type: SQS_QUEUE, Properties: { MessageRetentionPeriod: 1209600 } });
  next = allowDlqDelivery(next, queueId, ruleId);
  next = setTargetProperty(next, ruleId, index, 'DeadLetterConfig', { Arn: getAtt(queueId, 'Arn') });
  return { template: next, queueId };
}

/**
 * Takes the dead-letter queue off a target. The queue itself stays (it may hold failed events);
 * the policy statement for this rule goes when no other target of the rule uses the queue.
 */
export function removeDeadLetterQueue(template: Template, ruleId: LogicalId, index: number): Template {
  const target = targetsOf(template, ruleId)[index];
  if (!target?.DeadLetterConfig) return template;
  const queueId = isJsonObject(target.DeadLetterConfig) ? referencedId(target.DeadLetterConfig.Arn) : undefined;
  const next = setTargetProperty(template, ruleId, index, 'DeadLetterConfig', undefined);
  if (!queueId || ruleUsesQueue(next, ruleId, queueId)) return next;
  return withoutQueueStatementsFor(next, queueId, ruleId);
}

/** Whether a rule still sends to a queue: as one of its targets, or as a target's dead-letter queue. */
export function ruleUsesQueue(template: Template, ruleId: LogicalId, queueId: LogicalId): boolean {
  return targetsOf(template, ruleId).some(
    (t) => refersTo(t.Arn, queueId) || (isJsonObject(t.DeadLetterConfig) && refersTo(t.DeadLetterConfig.Arn, queueId)),
  );
}

/**
 * Drops the statements the queue's policies hold for one rule (their condition names it), the
 * policy going when none is left. In a policy that also lists other queues, only the statements
 * whose Resource is this queue go.
 */
export function withoutQueueStatementsFor(template: Template, queueId: LogicalId, ruleId: LogicalId): Template {
  let next = template;
  for (const policyId of queuePoliciesOf(template, queueId)) {
    const queues = propertiesOf(resourcesOf(next)[policyId]).Queues;
    const onlyThisQueue = Array.isArray(queues) && queues.every((q) => refersTo(q, queueId));
    next = withoutStatements(next, policyId, (s) => refersTo(s.Condition, ruleId) && (onlyThisQueue || refersTo(s.Resource, queueId)));
  }
  return next;
}

/** Drops a queue policy's statements that exist for one rule (their condition names it); the policy goes when none is left. */
export function withoutStatementsFor(template: Template, policyId: LogicalId, ruleId: LogicalId): Template {
  return withoutStatements(template, policyId, (s) => refersTo(s.Condition, ruleId));
}
