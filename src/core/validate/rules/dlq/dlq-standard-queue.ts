import { propertiesOf } from '../../../template/resources';
import { resolveString } from '../../../resolve/resolve-value';
import { targetName } from '../permissions/target-facts';
import type { Finding, ValidationRule } from '../../types';
import { dlqFacts } from './dlq-facts';

export const dlqStandardQueue: ValidationRule = {
  id: 'DLQ-03',
  severity: 'error',
  title: 'A dead-letter queue is a standard queue, not FIFO',
  why: 'EventBridge supports only standard SQS queues as dead-letter queues ("You can\'t use a FIFO queue for a DLQ"); PutTargets refuses a FIFO queue.',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html',
  check(ctx) {
    return dlqFacts(ctx).flatMap((t): Finding[] => {
      if (!t.queueId) return [];
      const p = propertiesOf(ctx.resources[t.queueId]);
      const name = resolveString(ctx.template, p.QueueName, ctx.assignments[0]!);
      if (p.FifoQueue !== true && p.FifoQueue !== 'true' && !name?.endsWith('.fifo')) return [];
      return [
        {
          resource: t.ruleId,
          path: `${t.path}/DeadLetterConfig/Arn`,
          target: { rule: t.ruleId, index: t.index },
          message: `Queue ${t.queueId} is a FIFO queue; EventBridge cannot use it as the dead-letter queue of target ${targetName(t)} of ${t.ruleId}. Use a standard queue.`,
        },
      ];
    });
  },
};
