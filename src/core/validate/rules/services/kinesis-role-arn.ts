import { targetFacts, targetName } from '../permissions/target-facts';
import type { ValidationRule } from '../../types';
import { addTargetRole } from './shared';

export const kinesisRoleArn: ValidationRule = {
  id: 'KIN-01',
  severity: 'error',
  title: 'A Kinesis stream target has a RoleArn',
  why: 'EventBridge puts events on a Kinesis stream only by assuming the IAM role given in the target\'s RoleArn ("For EventBridge to access targets that are a Kinesis stream ... you must specify an IAM role"); Kinesis streams have no resource policy EventBridge uses instead.',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-identity-based.html#eb-target-permissions',
  check(ctx) {
    return targetFacts(ctx)
      .filter((t) => t.service === 'kinesis' && t.target.RoleArn === undefined)
      .map((t) => ({
        resource: t.ruleId,
        path: t.path,
        target: { rule: t.ruleId, index: t.index },
        message: `Target ${targetName(t)} of ${t.ruleId} is a Kinesis stream without a RoleArn: EventBridge needs a role it can assume that allows kinesis:PutRecord on the stream.`,
        fix: {
          title: 'Add a role that may put records on this stream',
          apply: (template) => addTargetRole(template, t.ruleId, t.index, 'PutRecord', 'kinesis:PutRecord'),
        },
      }));
  },
};
