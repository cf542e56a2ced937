import { isJsonObject, type Json, type JsonObject } from '../template/json';
import { getAtt, ref, referencedId, refersTo } from '../template/intrinsics';
import { propertiesOf, resourcesOf, withProperty, withResource } from '../template/resources';
import { uniqueLogicalId } from '../template/logical-ids';
import type { LogicalId, Template } from '../template/types';
import { setTargetProperty } from './set-target-property';
import { targetsOf } from './targets';

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
  return Object.entries(resourcesOf(template))
    .filter(([, r]) => r.Type === SQS_QUEUE_POLICY && (propertiesOf(r).Queues as Json[] | undefined)?.some?.((q) => refersTo(q, queueId)))
    .map(([id]) => id);
}

/** Makes sure a policy on the queue lets EventBridge send this rule's failed events: adds the statement, or a policy. */
export function allowDlqDelivery(template: Template, queueId: LogicalId, ruleId: LogicalId): Template {
  const statement = dlqStatementFor(queueId, ruleId);
  const [policyId] = queuePoliciesOf(template, queueId);
  if (policyId) {
    const policy = resourcesOf(template)[policyId]!;
    const document = propertiesOf(policy).PolicyDocument;
    const existing = isJsonObject(document) ? document.Statement : undefined;
    const statements = Array.isArray(existing) ? existing : existing === undefined ? [] : [existing];
    const next = { ...(isJsonObject(document) ? document : { Version: '2012-10-17' }), Statement: [...statements, statement] };
    return withResource(template, policyId, withProperty(policy, 'PolicyDocument', next));
  }
  const id = uniqueLogicalId(template, `${queueId}Policy`);
  return withResource(template, id, {
    Type: SQS_QUEUE_POLICY,
    Properties: { Queues: [ref(queueId)], PolicyDocument: { Version: '2012-10-17', Statement: [statement] } },
  });
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
  let next = setTargetProperty(template, ruleId, index, 'DeadLetterConfig', undefined);
  if (!queueId) return next;
  const stillUsed = targetsOf(next, ruleId).some((t) => isJsonObject(t.DeadLetterConfig) && refersTo(t.DeadLetterConfig.Arn, queueId));
  if (stillUsed) return next;
  for (const policyId of queuePoliciesOf(next, queueId)) next = withoutStatementsFor(next, policyId, ruleId);
  return next;
}

/** Drops a queue policy's statements that exist for one rule (their condition names it); the policy goes when none is left. */
export function withoutStatementsFor(template: Template, policyId: LogicalId, ruleId: LogicalId): Template {
  const policy = resourcesOf(template)[policyId];
  const document = propertiesOf(policy).PolicyDocument;
  if (!policy || !isJsonObject(document)) return template;
  const statements = Array.isArray(document.Statement) ? document.Statement : [document.Statement ?? null];
  const kept = statements.filter((s) => !(isJsonObject(s) && refersTo(s.Condition, ruleId)));
  if (kept.length === statements.length) return template;
  if (kept.length === 0) {
    const { [policyId]: _, ...rest } = resourcesOf(template);
    return { ...template, Resources: rest };
  }
  return withResource(template, policyId, withProperty(policy, 'PolicyDocument', { ...document, Statement: kept }));
}
