import type { Json } from '../template/json';
import { propertiesOf, resourcesOf } from '../template/resources';
import type { LogicalId, Template } from '../template/types';
import type { Assignment } from '../resolve/assignments';
import { resolveString } from '../resolve/resolve-value';
import { attributeOf } from '../resolve/return-values';
import { functionKeyOf, sameFunction } from '../resolve/function-key';
import { wildcardMatch } from './wildcard';
import { describeValue } from '../template/describe-value';

type Tri = boolean | undefined;

/** Whether one permission lets EventBridge invoke the target function for this rule, and if not, why. */
export interface PermissionVerdict {
  admits: Tri;
  /** What does not match, when it names this function but does not admit the rule. */
  reason?: string;
  /** Whether its FunctionName is this target's function (and qualifier). */
  namesFunction: Tri;
}

/**
 * A Lambda permission admits an EventBridge invocation for a rule when: its FunctionName is the
 * target's function with the same qualifier; its Action covers lambda:InvokeFunction; its Principal
 * is events.amazonaws.com (or "*"); its SourceArn, if any, matches the rule's ARN (ArnLike); and its
 * SourceAccount, if any, is the rule's account.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-lambda-permissions
 * https://docs.aws.amazon.com/lambda/latest/api/API_AddPermission.html
 */
export function permissionVerdict(
  template: Template,
  permissionId: LogicalId,
  ruleId: LogicalId,
  targetArn: Json | undefined,
  a: Assignment,
): PermissionVerdict {
  const p = propertiesOf(resourcesOf(template)[permissionId]);
  const targetText = resolveString(template, targetArn, a);
  const permText = resolveString(template, p.FunctionName, a);
  if (targetText === undefined || permText === undefined) return { admits: undefined, namesFunction: undefined };
  const target = functionKeyOf(targetText, a);
  const named = functionKeyOf(permText, a);
  if (!target || !named) return { admits: undefined, namesFunction: undefined };
  if (!sameFunction(target, named)) {
    const sameButQualifier = target.name === named.name && target.account === named.account && target.region === named.region;
    return {
      admits: false,
      namesFunction: false,
      reason: sameButQualifier
        ? `${permissionId} is for ${named.qualifier ? `qualifier "${named.qualifier}"` : 'the unqualified function'}, but the target invokes ${target.qualifier ? `"${target.qualifier}"` : 'the unqualified function'}`
        : undefined,
    };
  }
  const action = resolveString(template, p.Action, a);
  const principal = resolveString(template, p.Principal, a);
  if (action === undefined || principal === undefined) return { admits: undefined, namesFunction: true };
  if (!wildcardMatch(action, 'lambda:InvokeFunction', true))
    return { admits: false, namesFunction: true, reason: `its Action is ${action}, not lambda:InvokeFunction` };
  if (principal !== 'events.amazonaws.com' && principal !== '*')
    return { admits: false, namesFunction: true, reason: `its Principal is ${principal}, not events.amazonaws.com` };
  if (p.SourceArn !== undefined) {
    const sourceArn = resolveString(template, p.SourceArn, a);
    const ruleArn = attributeOf(template, ruleId, 'Arn', a, 0);
    if (sourceArn === undefined || ruleArn === undefined) return { admits: undefined, namesFunction: true };
    if (!wildcardMatch(sourceArn, ruleArn))
      return { admits: false, namesFunction: true, reason: `its SourceArn (${describeValue(p.SourceArn)}) is not this rule's ARN` };
  }
  if (p.SourceAccount !== undefined) {
    const account = resolveString(template, p.SourceAccount, a);
    if (account === undefined) return { admits: undefined, namesFunction: true };
    if (account !== a.account)
      return { admits: false, namesFunction: true, reason: `its SourceAccount is ${account}, not the rule's account` };
  }
  return { admits: true, namesFunction: true };
}

/** The Lambda permissions of a template. */
export function lambdaPermissionIds(template: Template): LogicalId[] {
  return Object.entries(resourcesOf(template))
    .filter(([, r]) => r.Type === 'AWS::Lambda::Permission')
    .map(([id]) => id);
}
