import { isJsonObject, type Json, type JsonObject } from '../template/json';
import { getAtt, ref, refersTo } from '../template/intrinsics';
import { resourcesOf } from '../template/resources';
import { RESOURCE_TYPES, type LogicalId, type Template } from '../template/types';
import { assignmentsFor } from '../resolve/assignments';
import { eventBridgeMayDeliverTo, queuePolicyIds, topicPolicyIds } from '../iam/resource-policies';
import type { Decision } from '../iam/evaluate';
import { SQS_QUEUE, SQS_QUEUE_POLICY, ruleUsesQueue, withoutQueueStatementsFor } from './dead-letter-queue';
import { policiesListing, withPolicyStatement, withoutStatements } from './policy-statements';
import { targetResourceId, targetsOf } from './targets';

export const SNS_TOPIC = 'AWS::SNS::Topic';
export const SNS_TOPIC_POLICY = 'AWS::SNS::TopicPolicy';

const EVENTBRIDGE = 'events.amazonaws.com';

/**
 * The statement that lets EventBridge publish to a topic: events.amazonaws.com may sns:Publish on
 * it. Without a Condition, as in the EventBridge User Guide, which says Condition blocks cannot be
 * used in SNS topic policies for EventBridge: one statement serves every rule that targets the topic.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-sns-permissions
 */
export function topicPublishStatementFor(topicId: LogicalId): JsonObject {
  return {
    Sid: 'AllowEventBridgeToPublish',
    Effect: 'Allow',
    Principal: { Service: EVENTBRIDGE },
    Action: 'sns:Publish',
    Resource: ref(topicId),
  };
}

/**
 * The statement that lets EventBridge send one rule's events to a queue: events.amazonaws.com may
 * sqs:SendMessage on the queue, only for this rule (aws:SourceArn, the rule's ARN).
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-sqs-permissions
 */
export function queueSendStatementFor(queueId: LogicalId, ruleId: LogicalId): JsonObject {
  return {
    Sid: `Allow${ruleId}ToSendMessage`,
    Effect: 'Allow',
    Principal: { Service: EVENTBRIDGE },
    Action: 'sqs:SendMessage',
    Resource: getAtt(queueId, 'Arn'),
    Condition: { ArnEquals: { 'aws:SourceArn': getAtt(ruleId, 'Arn') } },
  };
}

/** The AWS::SNS::TopicPolicy resources whose Topics name the topic (Ref of a topic is its ARN). */
export function topicPoliciesOf(template: Template, topicId: LogicalId): LogicalId[] {
  return policiesListing(template, SNS_TOPIC_POLICY, 'Topics', topicId);
}

/**
 * Whether the template's topic and queue policies (of any kind the validator reads) already let
 * EventBridge deliver to the topic or queue for this rule: the evaluation SNS-01 and SQS-01 make.
 */
function eventBridgeMayDeliver(template: Template, ruleId: LogicalId, targetId: LogicalId, kind: 'topic' | 'queue'): Decision {
  const policies = kind === 'topic' ? topicPolicyIds(template, targetId) : queuePolicyIds(template, targetId);
  return eventBridgeMayDeliverTo(template, assignmentsFor(template), ruleId, kind, targetId, policies).decision;
}

/**
 * Makes sure EventBridge may publish to the topic for this rule: unless a policy already allows it,
 * adds the statement to the topic's policy, or a policy `{topic}Policy` (a topic has one policy).
 */
export function allowTopicPublish(template: Template, topicId: LogicalId, ruleId: LogicalId): Template {
  if (eventBridgeMayDeliver(template, ruleId, topicId, 'topic') === 'allow') return template;
  return withPolicyStatement(
    template,
    { type: SNS_TOPIC_POLICY, listKey: 'Topics', resourceId: topicId },
    topicPublishStatementFor(topicId),
  );
}

/**
 * Makes sure EventBridge may send this rule's events to the queue: unless a policy already allows
 * it (a dead-letter statement for this rule does), adds the statement to the queue's policy, or a
 * policy `{queue}Policy`.
 */
export function allowQueueSend(template: Template, queueId: LogicalId, ruleId: LogicalId): Template {
  if (eventBridgeMayDeliver(template, ruleId, queueId, 'queue') === 'allow') return template;
  return withPolicyStatement(
    template,
    { type: SQS_QUEUE_POLICY, listKey: 'Queues', resourceId: queueId },
    queueSendStatementFor(queueId, ruleId),
  );
}

const listOf = (v: Json | undefined): Json[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * True for a statement of the shape topicPublishStatementFor writes: it allows events.amazonaws.com
 * sns:Publish on this topic, with no condition. Other statements are the user's and are kept.
 */
export function isTopicPublishStatement(statement: JsonObject, topicId: LogicalId): boolean {
  const principal = statement.Principal;
  return (
    statement.Effect === 'Allow' &&
    statement.Condition === undefined &&
    isJsonObject(principal) &&
    listOf(principal.Service).includes(EVENTBRIDGE) &&
    listOf(statement.Action).length === 1 &&
    String(listOf(statement.Action)[0]).toLowerCase() === 'sns:publish' &&
    refersTo(statement.Resource, topicId)
  );
}

/** Whether some rule of the template targets the topic. */
export function topicIsTargeted(template: Template, topicId: LogicalId): boolean {
  return Object.entries(resourcesOf(template)).some(
    ([id, r]) => r.Type === RESOURCE_TYPES.rule && targetsOf(template, id).some((t) => targetResourceId(t) === topicId),
  );
}

/**
 * Drops the statements that let EventBridge publish to the topic (see isTopicPublishStatement) when no
 * rule of the template targets it any more; a topic policy left with no statement goes.
 */
export function withoutUnusedTopicStatements(template: Template, topicId: LogicalId): Template {
  if (topicIsTargeted(template, topicId)) return template;
  let next = template;
  for (const policyId of topicPoliciesOf(template, topicId))
    next = withoutStatements(next, policyId, (s) => isTopicPublishStatement(s, topicId));
  return next;
}

/**
 * What goes when a rule's connection to a topic or queue has ended (the target was removed, or the
 * rule): for a queue the rule no longer sends to (as a target or dead-letter queue), the statements
 * its policy holds for the rule; for a topic no rule of the template targets any more, the publish
 * statement. A policy left with no statement goes.
 */
export function withoutDeliveryStatements(template: Template, ruleId: LogicalId, targetId: LogicalId): Template {
  const type = resourcesOf(template)[targetId]?.Type;
  if (type === SNS_TOPIC) return withoutUnusedTopicStatements(template, targetId);
  if (type === SQS_QUEUE && !ruleUsesQueue(template, ruleId, targetId)) return withoutQueueStatementsFor(template, targetId, ruleId);
  return template;
}
