import { isJsonObject } from '../../../template/json';
import { getAtt } from '../../../template/intrinsics';
import { setTargetProperty } from '../../../ops/set-target-property';
import { targetName } from '../permissions/target-facts';
import type { Finding, ValidationRule } from '../../types';
import { dlqFacts } from './dlq-facts';

export const dlqArn: ValidationRule = {
  id: 'DLQ-05',
  severity: 'error',
  title: "DeadLetterConfig.Arn is the queue's ARN, not its URL",
  why: 'DeadLetterConfig takes the ARN of the SQS queue. Ref of an AWS::SQS::Queue returns its URL, which PutTargets refuses; use Fn::GetAtt Queue.Arn.',
  source:
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queue.html#aws-resource-sqs-queue-return-values',
  check(ctx) {
    return dlqFacts(ctx).flatMap((t): Finding[] => {
      const config = t.target.DeadLetterConfig;
      if (!t.queueId || !isJsonObject(config) || !isJsonObject(config.Arn) || config.Arn.Ref === undefined) return [];
      const queueId = t.queueId;
      return [
        {
          resource: t.ruleId,
          path: `${t.path}/DeadLetterConfig/Arn`,
          target: { rule: t.ruleId, index: t.index },
          message: `The dead-letter queue of target ${targetName(t)} of ${t.ruleId} is given as Ref ${queueId}, which is the queue's URL; DeadLetterConfig needs its ARN (Fn::GetAtt ${queueId}.Arn).`,
          fix: {
            title: `Use ${queueId}'s ARN`,
            apply: (template) =>
              setTargetProperty(template, t.ruleId, t.index, 'DeadLetterConfig', { ...config, Arn: getAtt(queueId, 'Arn') }),
          },
        },
      ];
    });
  },
};
