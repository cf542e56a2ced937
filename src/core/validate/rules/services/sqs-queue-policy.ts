import { getAtt, ref } from '../../../template/intrinsics';
import type { JsonObject } from '../../../template/json';
import type { LogicalId } from '../../../template/types';
import { eventBridgeMayDeliverTo, queuePolicyIds } from '../../../iam/resource-policies';
import { targetFacts, targetName } from '../permissions/target-facts';
import type { ValidationRule } from '../../types';
import { addPolicyStatement, resourcePolicyFinding } from './shared';

/**
 * The statement the EventBridge User Guide gives for a queue target: events.amazonaws.com may
 * sqs:SendMessage on it, only for this rule (aws:SourceArn).
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-sqs-permissions
 */
export function sqsSendStatement(queueId: LogicalId, ruleId: LogicalId): JsonObject {
  return {
    Sid: `Allow${ruleId}ToSendMessage`,
    Effect: 'Allow',
    Principal: { Service: 'events.amazonaws.com' },
    Action: 'sqs:SendMessage',
    Resource: getAtt(queueId, 'Arn'),
    Condition: { ArnEquals: { 'aws:SourceArn': getAtt(ruleId, 'Arn') } },
  };
}

export const sqsQueuePolicy: ValidationRule = {
  id: 'SQS-01',
  severity: 'error',
  title: "An SQS queue target's policy lets EventBridge send to it",
  why: 'EventBridge sends to a queue only if the queue policy (AWS::SQS::QueuePolicy) allows events.amazonaws.com sqs:SendMessage on it; a statement whose condition names another rule or account does not count. A new queue has no policy: the rule matches and every delivery fails (FailedInvocations).',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-sqs-permissions',
  check(ctx) {
    return targetFacts(ctx).flatMap((t) => {
      const queueId = t.resourceId;
      // With a RoleArn EventBridge may send with the role instead (the User Guide has said both): not judged here.
      if (t.service !== 'sqs' || !queueId || ctx.resources[queueId]?.Type !== 'AWS::SQS::Queue' || t.target.RoleArn !== undefined)
        return [];
      const result = eventBridgeMayDeliverTo(
        ctx.template,
        ctx.assignments,
        t.ruleId,
        'queue',
        queueId,
        queuePolicyIds(ctx.template, queueId),
      );
      return resourcePolicyFinding(
        t,
        result,
        {
          denied: `The policy of queue ${queueId} explicitly denies EventBridge sqs:SendMessage, so target ${targetName(t)} of ${t.ruleId} never receives an event.`,
          missing: `Nothing lets EventBridge send to queue ${queueId} for rule ${t.ruleId} (target ${targetName(t)}): no queue policy allows events.amazonaws.com sqs:SendMessage for this rule. The stack deploys, but every matched event fails (FailedInvocations).`,
        },
        {
          title: 'Allow EventBridge to send to the queue for this rule',
          apply: (template) =>
            addPolicyStatement(
              template,
              queuePolicyIds(template, queueId),
              { type: 'AWS::SQS::QueuePolicy', baseId: `${queueId}Policy`, properties: { Queues: [ref(queueId)] } },
              sqsSendStatement(queueId, t.ruleId),
            ),
        },
      );
    });
  },
};
