import { resourcesOf } from '../../../template/resources';
import { decide } from '../../../resolve/assignments';
import { lambdaPermissionIds, permissionVerdict } from '../../../iam/lambda-permissions';
import { ensureLambdaPermission } from './ensure-lambda-permission';
import { targetFacts, targetName, type TargetFacts } from './target-facts';
import type { Finding, ValidationContext, ValidationRule } from '../../types';

function judge(ctx: ValidationContext, t: TargetFacts): Finding | undefined {
  const verdicts = lambdaPermissionIds(ctx.template).map((id) => ({
    id,
    admits: decide(ctx.assignments, (a) => permissionVerdict(ctx.template, id, t.ruleId, t.target.Arn, a).admits),
    first: permissionVerdict(ctx.template, id, t.ruleId, t.target.Arn, ctx.assignments[0]!),
  }));
  if (verdicts.some((v) => v.admits === 'yes')) return undefined;
  const fn = t.resourceId ?? 'the function';
  if (verdicts.some((v) => v.admits === 'unknown')) return undefined; // reported by nobody as an error: it may work
  const near = verdicts.find((v) => v.first.reason);
  const because = near ? ` ${near.id} does not count: ${near.first.reason}.` : '';
  return {
    resource: t.ruleId,
    path: t.path,
    message: `Nothing allows EventBridge to invoke ${fn} for rule ${t.ruleId} (target ${targetName(t)}).${because} The stack deploys, but every matched event fails to reach the function (FailedInvocations). Add an AWS::Lambda::Permission with Principal events.amazonaws.com and SourceArn the rule's ARN.`,
    fix: {
      title: 'Add a Lambda permission for this rule',
      apply: (template) => (resourcesOf(template)[t.ruleId] ? ensureLambdaPermission(template, t.ruleId, t.index) : template),
    },
  };
}

export const lambdaTargetPermission: ValidationRule = {
  id: 'TGT-04',
  severity: 'error',
  title: 'A Lambda target has a permission that admits its rule',
  why: "Without a resource-based permission for events.amazonaws.com that names the function and admits the rule's ARN, the rule matches but every invocation fails silently (FailedInvocations rises).",
  source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-troubleshooting.html',
  check(ctx) {
    return targetFacts(ctx)
      .filter((t) => t.service === 'lambda' && t.target.RoleArn === undefined)
      .flatMap((t) => judge(ctx, t) ?? []);
  },
};
