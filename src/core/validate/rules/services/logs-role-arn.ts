import { setTargetProperty } from '../../../ops/set-target-property';
import { targetFacts, targetName } from '../permissions/target-facts';
import type { ValidationRule } from '../../types';

export const logsRoleArn: ValidationRule = {
  id: 'LOGS-02',
  // A warning: the User Guide says not to set it (delivery may fail); it does not say the deploy fails.
  severity: 'warning',
  title: 'A CloudWatch Logs target has no RoleArn',
  why: 'The EventBridge User Guide says not to specify a RoleArn for CloudWatch Logs targets: EventBridge writes to a log group only through the log group resource policy, and with a RoleArn event delivery may fail.',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html',
  check(ctx) {
    return targetFacts(ctx)
      .filter((t) => t.service === 'logs' && t.target.RoleArn !== undefined)
      .map((t) => ({
        resource: t.ruleId,
        path: `${t.path}/RoleArn`,
        target: { rule: t.ruleId, index: t.index },
        message: `Target ${targetName(t)} of ${t.ruleId} is a CloudWatch Logs log group but has a RoleArn. EventBridge does not use a role for log groups and AWS warns delivery may fail: remove RoleArn and allow EventBridge in a CloudWatch Logs resource policy.`,
        fix: { title: 'Remove RoleArn', apply: (template) => setTargetProperty(template, t.ruleId, t.index, 'RoleArn', undefined) },
      }));
  },
};
