import { isJsonObject } from '../../../template/json';
import { decide } from '../../../resolve/assignments';
import { targetFacts, targetName } from '../permissions/target-facts';
import type { Finding, ValidationRule } from '../../types';
import { isFifoQueue, targetArn } from './shared';

export const sqsFifoGroup: ValidationRule = {
  id: 'SQS-02',
  severity: 'error',
  title: 'A FIFO queue target sets SqsParameters.MessageGroupId',
  why: 'SqsParameters holds the message group ID EventBridge uses when the target is a FIFO queue; without it PutTargets refuses the target ("Parameter(s) SqsParameters must be specified for target: ...", reported in hashicorp/terraform#20263), so the stack fails.',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html',
  check(ctx) {
    return targetFacts(ctx).flatMap((t): Finding[] => {
      if (t.service !== 'sqs') return [];
      const inTemplate = t.resourceId !== undefined && ctx.resources[t.resourceId]?.Type === 'AWS::SQS::Queue';
      const fifo = inTemplate
        ? isFifoQueue(ctx, t.resourceId!)
        : decide(ctx.assignments, (a) => targetArn(ctx, t)(a)?.endsWith('.fifo')) === 'yes';
      const parameters = t.target.SqsParameters;
      if (!fifo || (isJsonObject(parameters) && parameters.MessageGroupId !== undefined)) return [];
      const queue = inTemplate ? `Queue ${t.resourceId}` : 'The queue';
      return [
        {
          resource: t.ruleId,
          path: isJsonObject(parameters) ? `${t.path}/SqsParameters` : t.path,
          target: { rule: t.ruleId, index: t.index },
          message: `${queue} is a FIFO queue, so target ${targetName(t)} of ${t.ruleId} needs SqsParameters.MessageGroupId; PutTargets refuses it without ("Parameter(s) SqsParameters must be specified for target").`,
        },
      ];
    });
  },
};
