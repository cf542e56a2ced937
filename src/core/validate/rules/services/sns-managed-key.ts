import { propertiesOf } from '../../../template/resources';
import { decide } from '../../../resolve/assignments';
import { resourcePointer } from '../../pointer';
import { resolverFor } from '../permissions/eventbridge-request';
import { targetFacts, targetName } from '../permissions/target-facts';
import type { Finding, ValidationRule } from '../../types';

/** The AWS managed key of SNS, by alias name or alias ARN. */
const AWS_MANAGED_SNS_KEY = /^(arn:[^:]+:kms:[^:]*:[^:]*:)?alias\/aws\/sns$/;

export const snsManagedKey: ValidationRule = {
  id: 'SNS-02',
  severity: 'error',
  title: 'An encrypted SNS topic target uses a customer managed KMS key',
  why: 'For an AWS service such as EventBridge (events.amazonaws.com) to publish to an encrypted topic, the topic must use a customer managed KMS key whose key policy allows the service kms:GenerateDataKey* and kms:Decrypt. The AWS managed key alias/aws/sns cannot be given that permission (its key policy cannot be changed), so EventBridge cannot publish.',
  // "you can only change the key policy for a customer managed key":
  // https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying.html
  source: 'https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services',
  check(ctx) {
    return targetFacts(ctx).flatMap((t): Finding[] => {
      const topicId = t.resourceId;
      if (t.service !== 'sns' || !topicId || ctx.resources[topicId]?.Type !== 'AWS::SNS::Topic') return [];
      const key = propertiesOf(ctx.resources[topicId]).KmsMasterKeyId;
      if (key === undefined) return [];
      const managed = decide(ctx.assignments, (a) => {
        const text = resolverFor(ctx.template, a)(key);
        return text === undefined ? undefined : AWS_MANAGED_SNS_KEY.test(text);
      });
      if (managed !== 'yes') return [];
      return [
        {
          resource: topicId,
          path: resourcePointer(topicId, 'Properties', 'KmsMasterKeyId'),
          target: { rule: t.ruleId, index: t.index },
          message: `Topic ${topicId} is encrypted with the AWS managed key alias/aws/sns, which EventBridge cannot use: target ${targetName(t)} of ${t.ruleId} never receives an event. Use a customer managed key whose key policy allows events.amazonaws.com kms:GenerateDataKey* and kms:Decrypt.`,
        },
      ];
    });
  },
};
