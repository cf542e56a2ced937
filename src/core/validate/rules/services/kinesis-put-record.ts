import { describeValue } from '../../../template/describe-value';
import { targetFacts } from '../permissions/target-facts';
import type { Finding, ValidationRule } from '../../types';
import { allowOnRole, roleAllows, roleFinding, targetArn, targetRoleId } from './shared';

export const kinesisPutRecord: ValidationRule = {
  id: 'KIN-02',
  severity: 'error',
  title: 'The target role may put records on this Kinesis stream',
  why: "EventBridge sends to a Kinesis stream with the target role's permissions: its identity policies must allow kinesis:PutRecord on the stream's ARN, and no explicit Deny may refuse it.",
  source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-identity-based.html#eb-target-permissions',
  check(ctx) {
    return targetFacts(ctx).flatMap((t): Finding[] => {
      const roleId = targetRoleId(ctx, t);
      if (t.service !== 'kinesis' || !roleId) return [];
      const stream = t.resourceId ?? describeValue(t.target.Arn);
      return roleFinding(t, roleId, roleAllows(ctx, roleId, 'kinesis:PutRecord', targetArn(ctx, t)), {
        action: 'kinesis:PutRecord',
        on: stream,
        fix: {
          title: 'Allow kinesis:PutRecord on this stream',
          apply: (template) => allowOnRole(template, roleId, 'PutRecord', 'kinesis:PutRecord', t.target.Arn!),
        },
      });
    });
  },
};
