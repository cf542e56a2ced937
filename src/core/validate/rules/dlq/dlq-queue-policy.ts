import { allowDlqDelivery, queuePoliciesOf } from '../../../ops/dead-letter-queue';
import { eventBridgeMayDeliverTo } from '../../../iam/resource-policies';
import { targetName } from '../permissions/target-facts';
import type { Finding, ValidationRule } from '../../types';
import { dlqFacts } from './dlq-facts';

export const dlqQueuePolicy: ValidationRule = {
  id: 'DLQ-01',
  // A warning, not an error: the stack deploys and events reach their targets; only the events
  // that fail after every retry are lost instead of kept.
  severity: 'warning',
  title: "A dead-letter queue's policy lets EventBridge send to it",
  why: 'EventBridge writes failed events to the DLQ only if the queue policy allows events.amazonaws.com sqs:SendMessage for this rule; otherwise they are lost (metric InvocationsFailedToBeSentToDLQ). Created with CloudFormation, the permission must be granted by hand.',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-event-delivery.html#eb-dlq-perms',
  check(ctx) {
    return dlqFacts(ctx).flatMap((t): Finding[] => {
      const queueId = t.queueId;
      if (!queueId) return [];
      // The same evaluation as an SQS queue target's (SQS-01): a queue policy must let events.amazonaws.com send for this rule.
      const { decision, first } = eventBridgeMayDeliverTo(
        ctx.template,
        ctx.assignments,
        t.ruleId,
        'queue',
        queueId,
        queuePoliciesOf(ctx.template, queueId),
      );
      if (decision === 'allow' || decision === 'unknown') return [];
      const denied = decision === 'explicit-deny';
      return [
        {
          resource: t.ruleId,
          path: denied && first?.deciding[0] ? first.deciding[0].pointer : `${t.path}/DeadLetterConfig`,
          target: { rule: t.ruleId, index: t.index },
          message: denied
            ? `The policy of queue ${queueId} explicitly denies EventBridge sqs:SendMessage, so failed events of target ${targetName(t)} of ${t.ruleId} are lost.`
            : `EventBridge cannot send failed events of target ${targetName(t)} of ${t.ruleId} to queue ${queueId}: no queue policy allows events.amazonaws.com sqs:SendMessage for this rule, so they are lost.`,
          ...(denied
            ? {}
            : {
                fix: {
                  title: 'Allow EventBridge to send to the queue',
                  apply: (template) => allowDlqDelivery(template, queueId, t.ruleId),
                },
              }),
        },
      ];
    });
  },
};
