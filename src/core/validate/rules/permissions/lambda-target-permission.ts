import { propertiesOf, resourcesOf } from '../../../template/resources';
import type { LogicalId } from '../../../template/types';
import { resolveString } from '../../../resolve/resolve-value';
import { attributeOf } from '../../../resolve/return-values';
import { functionKeyOf } from '../../../resolve/function-key';
import { decide } from '../../../resolve/assignments';
import { lambdaPermissionIds, permissionVerdict } from '../../../iam/lambda-permissions';
import { ensureLambdaPermission } from './ensure-lambda-permission';
import { targetFacts, targetName, type TargetFacts } from './target-facts';
import type { Finding, ValidationContext, ValidationRule } from '../../types';

/** Function names the permissions grant, under the first assignment: a quick filter before the full proof. */
function permissionsByFunctionName(ctx: ValidationContext): Map<string | undefined, LogicalId[]> {
  return ctx.memo('lambda-permissions-by-function-name', () => {
    const a = ctx.assignments[0]!;
    const byName = new Map<string | undefined, LogicalId[]>();
    for (const id of lambdaPermissionIds(ctx.template)) {
      const text = resolveString(ctx.template, propertiesOf(ctx.resources[id]).FunctionName, a);
      const name = text === undefined ? undefined : functionKeyOf(text, a)?.name;
      byName.set(name, [...(byName.get(name) ?? []), id]);
    }
    return byName;
  });
}

/** The permissions that could concern the target's function (same name, or a name that cannot be read). */
function candidates(ctx: ValidationContext, t: TargetFacts): LogicalId[] {
  const a = ctx.assignments[0]!;
  const text = resolveString(ctx.template, t.target.Arn, a);
  const name = text === undefined ? undefined : functionKeyOf(text, a)?.name;
  const byName = permissionsByFunctionName(ctx);
  if (name === undefined) return [...byName.values()].flat();
  return [...(byName.get(name) ?? []), ...(byName.get(undefined) ?? [])];
}

const FUNCTION_TYPES = new Set(['AWS::Lambda::Function', 'AWS::Lambda::Alias', 'AWS::Lambda::Version']);

/**
 * Whether the target's function is declared in this template: referenced, or named by an ARN that
 * resolves to one of its functions under some deployment. A function declared elsewhere carries its
 * own resource-based policy, granted where it is managed (its stack, the console, AddPermission),
 * which this template cannot show: its permission is unknown here, not missing.
 * https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html
 */
function isFunctionOfTemplate(ctx: ValidationContext, t: TargetFacts): boolean {
  if (t.resourceId !== undefined) return true;
  return ctx.assignments.some((a) => {
    const text = resolveString(ctx.template, t.target.Arn, a);
    const target = text === undefined ? undefined : functionKeyOf(text, a);
    if (!target) return true; // unreadable: judged as before
    return Object.entries(ctx.resources).some(([id, r]) => {
      if (typeof r.Type !== 'string' || !FUNCTION_TYPES.has(r.Type)) return false;
      const arn = attributeOf(ctx.template, id, 'Arn', a, 0);
      const key = arn === undefined ? undefined : functionKeyOf(arn, a);
      return key !== undefined && key.name === target.name && key.region === target.region && key.account === target.account;
    });
  });
}

function judge(ctx: ValidationContext, t: TargetFacts): Finding | undefined {
  const verdicts = candidates(ctx, t).map((id) => ({
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
    target: { rule: t.ruleId, index: t.index },
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
      .filter((t) => t.service === 'lambda' && t.target.RoleArn === undefined && isFunctionOfTemplate(ctx, t))
      .flatMap((t) => judge(ctx, t) ?? []);
  },
};
