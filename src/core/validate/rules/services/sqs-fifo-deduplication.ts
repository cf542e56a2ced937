import { propertiesOf } from '../../../template/resources';
import { setResourceProperty } from '../../../ops/set-property';
import { resourcePointer } from '../../pointer';
import { targetFacts, targetName } from '../permissions/target-facts';
import type { Finding, ValidationRule } from '../../types';
import { isFifoQueue } from './shared';

export const sqsFifoDeduplication: ValidationRule = {
  id: 'SQS-03',
  severity: 'error',
  title: 'A FIFO queue target has content-based deduplication',
  why: 'The EventBridge API reference: "If you specify an SQS FIFO queue as a target, the queue must have content-based deduplication enabled." A rule target cannot pass a deduplication ID (SqsParameters holds only MessageGroupId), and SQS refuses FIFO messages that have neither.',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html',
  check(ctx) {
    const seen = new Set<string>();
    return targetFacts(ctx).flatMap((t): Finding[] => {
      const queueId = t.resourceId;
      if (t.service !== 'sqs' || !queueId || ctx.resources[queueId]?.Type !== 'AWS::SQS::Queue' || seen.has(queueId)) return [];
      const dedup = propertiesOf(ctx.resources[queueId]).ContentBasedDeduplication;
      if (!isFifoQueue(ctx, queueId) || dedup === true || dedup === 'true') return [];
      seen.add(queueId);
      return [
        {
          resource: queueId,
          path:
            dedup === undefined
              ? resourcePointer(queueId, 'Properties')
              : resourcePointer(queueId, 'Properties', 'ContentBasedDeduplication'),
          target: { rule: t.ruleId, index: t.index },
          message: `Queue ${queueId} is a FIFO queue without content-based deduplication; a rule target passes no deduplication ID, so target ${targetName(t)} of ${t.ruleId} cannot receive events. Set ContentBasedDeduplication to true.`,
          fix: {
            title: 'Turn on content-based deduplication',
            apply: (template) => setResourceProperty(template, queueId, 'ContentBasedDeduplication', true),
          },
        },
      ];
    });
  },
};
