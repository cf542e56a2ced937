import { isJsonObject, type Json } from '../template/json';
import { refersTo } from '../template/intrinsics';
import { propertiesOf, resourcesOf } from '../template/resources';
import type { LogicalId, Template } from '../template/types';
import { assignmentsFor, type Assignment } from '../resolve/assignments';
import { queuePoliciesOf } from '../ops/dead-letter-queue';
import { pointer } from '../validate/pointer';
import { attributeOf } from '../resolve/return-values';
import type { Decision, Evaluation, SourcedStatement } from './evaluate';
import { statementsOf } from './policy-document';
import { allOf, decideEach, eventBridgeContext, resolverFor } from './eventbridge-request';

/** The statements of some policy resources' documents (a property holding a policy object), with their pointers. */
export function policyStatements(template: Template, policyIds: LogicalId[], property = 'PolicyDocument'): SourcedStatement[] {
  return policyIds.flatMap((id) =>
    statementsOf(propertiesOf(resourcesOf(template)[id])[property]).map((statement) => ({
      statement,
      pointer: `${pointer('Resources', id, 'Properties', property)}${statement.pointer}`,
    })),
  );
}

/**
 * The policy resources of a type whose `key` names a resource: by Ref/GetAtt/Sub of it, or by any
 * value that reads as what Ref of it gives (a topic's ARN, a queue's URL).
 */
function policiesNaming(template: Template, type: string, key: string, id: LogicalId): LogicalId[] {
  const a = assignmentsFor(template)[0]!;
  const resolve = resolverFor(template, a);
  const own = resolve({ Ref: id });
  const names = (v: Json | undefined) =>
    refersTo(v, id) || (own !== undefined && (Array.isArray(v) ? v : [v ?? null]).some((x) => resolve(x) === own));
  return Object.entries(resourcesOf(template))
    .filter(([, r]) => r.Type === type && names(propertiesOf(r)[key]))
    .map(([policyId]) => policyId);
}

/**
 * The policies of a topic: AWS::SNS::TopicPolicy resources whose Topics name it (Ref of a topic is
 * its ARN), and AWS::SNS::TopicInlinePolicy resources whose TopicArn does.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topicpolicy.html
 */
export function topicPolicyIds(template: Template, topicId: LogicalId): LogicalId[] {
  return [
    ...policiesNaming(template, 'AWS::SNS::TopicPolicy', 'Topics', topicId),
    ...policiesNaming(template, 'AWS::SNS::TopicInlinePolicy', 'TopicArn', topicId),
  ];
}

/**
 * The policies of a queue: AWS::SQS::QueuePolicy resources whose Queues name it (as the dead-letter
 * queue check finds them, and by a literal URL), and AWS::SQS::QueueInlinePolicy resources whose
 * Queue is it (Ref of a queue is its URL).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queuepolicy.html
 */
export function queuePolicyIds(template: Template, queueId: LogicalId): LogicalId[] {
  return [
    ...new Set([
      ...queuePoliciesOf(template, queueId),
      ...policiesNaming(template, 'AWS::SQS::QueuePolicy', 'Queues', queueId),
      ...policiesNaming(template, 'AWS::SQS::QueueInlinePolicy', 'Queue', queueId),
    ]),
  ];
}

/** A policy document that is an object, or JSON text (a string or an intrinsic such as Fn::Sub that makes one). */
export interface PolicyText {
  /** The resource that holds the document. */
  id: LogicalId;
  /** Pointer to the document's property. */
  pointer: string;
  value: Json | undefined;
}

/** A value that is one intrinsic function (Ref, Fn::Sub, Fn::ImportValue...), not a literal object. */
const isIntrinsic = (value: Json) => {
  const keys = isJsonObject(value) ? Object.keys(value) : [];
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'));
};

/**
 * The statements of a document under one assignment: an object is read as it is; text is resolved
 * (Fn::Sub, Fn::Join) and parsed. Undefined when the text cannot be known or is not a policy.
 */
export function statementsUnder(template: Template, doc: PolicyText, a: Assignment): SourcedStatement[] | undefined {
  if (isJsonObject(doc.value) && !isIntrinsic(doc.value))
    return statementsOf(doc.value).map((statement) => ({ statement, pointer: `${doc.pointer}${statement.pointer}` }));
  const text = resolverFor(template, a)(doc.value);
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  // The statements of text have no pointer of their own: findings point at the document.
  return isJsonObject(parsed as Json) ? statementsOf(parsed as Json).map((statement) => ({ statement, pointer: doc.pointer })) : undefined;
}

/**
 * The resource policies CloudWatch Logs may apply to a log group: every AWS::Logs::ResourcePolicy
 * (account-wide; its PolicyDocument is JSON text), and the log group's own ResourcePolicyDocument.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-resourcepolicy.html
 */
export function logsPolicyTexts(template: Template, logGroupId?: LogicalId): PolicyText[] {
  const out: PolicyText[] = [];
  for (const [id, r] of Object.entries(resourcesOf(template))) {
    if (r.Type === 'AWS::Logs::ResourcePolicy')
      out.push({ id, pointer: pointer('Resources', id, 'Properties', 'PolicyDocument'), value: propertiesOf(r).PolicyDocument });
    else if (r.Type === 'AWS::Logs::LogGroup' && id === logGroupId && propertiesOf(r).ResourcePolicyDocument !== undefined)
      out.push({
        id,
        pointer: pointer('Resources', id, 'Properties', 'ResourcePolicyDocument'),
        value: propertiesOf(r).ResourcePolicyDocument,
      });
  }
  return out;
}

export const EVENTBRIDGE = 'events.amazonaws.com';

/**
 * Whether resource policies let EventBridge perform every one of `actions` on a resource for one rule:
 * principal events.amazonaws.com, with the aws:SourceArn and aws:SourceAccount EventBridge sets, so
 * conditions that name another rule or account do not count. "unknown" when it depends on what the
 * template leaves open.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html
 */
export function eventBridgeMay(
  template: Template,
  assignments: Assignment[],
  ruleId: LogicalId,
  actions: string[],
  statements: (a: Assignment) => SourcedStatement[] | undefined,
  resource: (a: Assignment) => string | undefined,
): { decision: Decision; first: Evaluation | undefined } {
  return allOf(
    ...actions.map((action) =>
      decideEach(template, assignments, (a) => {
        const s = statements(a);
        const r = resource(a);
        return s === undefined || r === undefined
          ? undefined
          : {
              statements: s,
              request: { action, resource: r, principalService: EVENTBRIDGE, context: eventBridgeContext(template, ruleId, a) },
            };
      }),
    ),
  );
}

export const LOGS_ACTIONS = ['logs:CreateLogStream', 'logs:PutLogEvents'];

/** A log group ARN as Fn::GetAtt Arn gives it (ending in ":*") or without that ending; undefined for anything else. */
export const logGroupArnOf = (arn: string | undefined) =>
  arn && /:log-group:[^:]+(:\*)?$/.test(arn) ? arn.replace(/:\*$/, '') : undefined;

/**
 * Whether CloudWatch Logs resource policies let EventBridge write one rule's events to a log group:
 * logs:CreateLogStream and logs:PutLogEvents on a log stream of the group. A document that cannot be
 * read (an intrinsic that cannot be resolved, text that is not JSON) makes the answer "unknown".
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-cloudwatchlogs-permissions
 */
export function eventBridgeMayWriteLogs(
  template: Template,
  assignments: Assignment[],
  ruleId: LogicalId,
  texts: PolicyText[],
  logGroupArn: (a: Assignment) => string | undefined,
): { decision: Decision; first: Evaluation | undefined } {
  const statements = (a: Assignment): SourcedStatement[] | undefined => {
    const all: SourcedStatement[] = [];
    for (const text of texts) {
      const s = statementsUnder(template, text, a);
      if (s === undefined) return undefined;
      all.push(...s);
    }
    return all;
  };
  const judge = (resource: (group: string) => string) =>
    eventBridgeMay(template, assignments, ruleId, LOGS_ACTIONS, statements, (a) => {
      const group = logGroupArnOf(logGroupArn(a));
      return group && resource(group);
    });
  // EventBridge writes to a log stream it creates in the group.
  const result = judge((group) => `${group}:log-stream:eventbridge`);
  if (result.decision !== 'implicit-deny') return result;
  // A policy that names the group itself may be read by CloudWatch Logs as covering it: not said to fail.
  return judge((group) => group).decision === 'implicit-deny' ? result : { decision: 'unknown', first: undefined };
}

/** What EventBridge does to deliver to a topic or a queue, and the attribute that is the resource's ARN. */
const DELIVERY = {
  topic: { action: 'sns:Publish', arn: 'TopicArn' },
  queue: { action: 'sqs:SendMessage', arn: 'Arn' },
} as const;

/**
 * Whether these policies let EventBridge publish to the topic or send to the queue for this rule:
 * the one evaluation behind SNS-01, SQS-01, DLQ-01, the canvas's edge labels and the connect operation.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html
 */
export function eventBridgeMayDeliverTo(
  template: Template,
  assignments: Assignment[],
  ruleId: LogicalId,
  kind: 'topic' | 'queue',
  resourceId: LogicalId,
  policyIds: LogicalId[],
): { decision: Decision; first: Evaluation | undefined } {
  const { action, arn } = DELIVERY[kind];
  const statements = policyStatements(template, policyIds);
  return eventBridgeMay(
    template,
    assignments,
    ruleId,
    [action],
    () => statements,
    (a) => attributeOf(template, resourceId, arn, a, 0),
  );
}
