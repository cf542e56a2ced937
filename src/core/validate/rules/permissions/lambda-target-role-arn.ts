import { resourcesOf } from '../../../template/resources';
import { setTargetProperty } from '../../../ops/set-target-property';
import { ensureLambdaPermission } from './ensure-lambda-permission';
import { targetFacts, targetName } from './target-facts';
import type { ValidationRule } from '../../types';

export const lambdaTargetRoleArn: ValidationRule = {
  id: 'TGT-03',
  severity: 'error',
  title: 'A Lambda target has no RoleArn',
  why: 'EventBridge used to refuse the deploy ("RoleArn is not supported for target ..."); the EventBridge User Guide still says not to set RoleArn on Lambda targets, because delivery may fail. Lambda targets are authorised by the function\'s resource-based policy.',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html',
  check(ctx) {
    return targetFacts(ctx)
      .filter((t) => t.service === 'lambda' && t.target.RoleArn !== undefined)
      .map((t) => ({
        resource: t.ruleId,
        path: `${t.path}/RoleArn`,
        target: { rule: t.ruleId, index: t.index },
        message: `Target ${targetName(t)} of ${t.ruleId} is a Lambda function but has a RoleArn. Deploys used to fail with "RoleArn is not supported for target ..." and AWS warns delivery may fail: remove RoleArn and authorise EventBridge with an AWS::Lambda::Permission.`,
        fix: {
          title: 'Remove RoleArn and make sure a Lambda permission admits this rule',
          apply: (template) => {
            if (!resourcesOf(template)[t.ruleId]) return template;
            return ensureLambdaPermission(setTargetProperty(template, t.ruleId, t.index, 'RoleArn', undefined), t.ruleId, t.index);
          },
        },
      }));
  },
};
