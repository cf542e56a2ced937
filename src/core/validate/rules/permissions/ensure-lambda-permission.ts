import { getAtt } from '../../../template/intrinsics';
import { uniqueLogicalId } from '../../../template/logical-ids';
import { withResource } from '../../../template/resources';
import { referencedId } from '../../../template/intrinsics';
import type { LogicalId, Template } from '../../../template/types';
import { targetsOf } from '../../../ops/targets';
import { assignmentsFor, decide } from '../../../resolve/assignments';
import { lambdaPermissionIds, permissionVerdict } from '../../../iam/lambda-permissions';

/** Whether some permission of the template admits EventBridge invoking this target for this rule. */
export function permissionAdmits(template: Template, ruleId: LogicalId, index: number): 'yes' | 'no' | 'unknown' {
  const target = targetsOf(template, ruleId)[index];
  if (!target) return 'no';
  const assignments = assignmentsFor(template);
  let best: 'yes' | 'no' | 'unknown' = 'no';
  for (const id of lambdaPermissionIds(template)) {
    const v = decide(assignments, (a) => permissionVerdict(template, id, ruleId, target.Arn, a).admits);
    if (v === 'yes') return 'yes';
    if (v === 'unknown') best = 'unknown';
  }
  return best;
}

/**
 * Adds the permission a Lambda target needs, unless one already admits it: Principal
 * events.amazonaws.com, SourceArn the rule's ARN, FunctionName exactly what the target invokes.
 */
export function ensureLambdaPermission(template: Template, ruleId: LogicalId, index: number): Template {
  const target = targetsOf(template, ruleId)[index];
  if (!target || target.Arn === undefined || permissionAdmits(template, ruleId, index) === 'yes') return template;
  const fnId = referencedId(target.Arn) ?? 'Target';
  const id = uniqueLogicalId(template, `${ruleId}${fnId}Permission`);
  return withResource(template, id, {
    Type: 'AWS::Lambda::Permission',
    Properties: {
      Action: 'lambda:InvokeFunction',
      FunctionName: target.Arn,
      Principal: 'events.amazonaws.com',
      SourceArn: getAtt(ruleId, 'Arn'),
    },
  });
}
