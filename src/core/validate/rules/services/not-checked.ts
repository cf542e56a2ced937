import { targetFacts, targetName } from '../permissions/target-facts';
import type { Finding, ValidationRule } from '../../types';

export const notChecked: ValidationRule = {
  id: 'TGT-15',
  severity: 'info',
  title: 'Permissions of other target types are not checked',
  why: 'The designer proves how EventBridge may call Lambda, Step Functions, SNS, SQS, CloudWatch Logs, Kinesis and event bus targets. Other targets (API destinations, ECS tasks, Batch jobs, CodeBuild, Systems Manager, Firehose, API Gateway, Redshift and more) need a role or a resource policy of their own, which it does not check.',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-targets.html',
  check(ctx) {
    return targetFacts(ctx).flatMap((t): Finding[] =>
      typeof t.service === 'object'
        ? [
            {
              resource: t.ruleId,
              path: t.path,
              target: { rule: t.ruleId, index: t.index },
              message: `Target ${targetName(t)} of ${t.ruleId} is ${/^[AEIOU]/.test(t.service.other) ? 'an' : 'a'} ${t.service.other} target: the designer does not check the role or resource policy EventBridge needs to call it.`,
            },
          ]
        : [],
    );
  },
};
