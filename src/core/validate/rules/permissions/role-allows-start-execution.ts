import { referencedId } from '../../../template/intrinsics';
import { propertiesOf, resourceOf, withProperty, withResource } from '../../../template/resources';
import { describeValue } from '../../../template/describe-value';
import type { Json } from '../../../template/json';
import type { Template } from '../../../template/types';
import { allowPolicy } from '../../../ops/policies';
import { resolveString } from '../../../resolve/resolve-value';
import { rolePoliciesOf } from '../../../iam/role-policies';
import { decideAcross } from './eventbridge-request';
import { targetFacts, targetName } from './target-facts';
import type { Finding, ValidationRule } from '../../types';

/** Adds an inline policy that allows states:StartExecution on exactly this state machine. */
export function allowStartExecution(template: Template, roleId: string, stateMachineArn: Json): Template {
  const role = resourceOf(template, roleId);
  if (!role) return template;
  const policies = propertiesOf(role).Policies;
  const list = Array.isArray(policies) ? policies : [];
  const names = new Set(list.map((p) => (p && typeof p === 'object' && !Array.isArray(p) ? p.PolicyName : undefined)));
  let name = 'StartExecution';
  for (let n = 2; names.has(name); n++) name = `StartExecution${n}`;
  const policy = { PolicyName: name, PolicyDocument: allowPolicy(['states:StartExecution'], [stateMachineArn]) };
  return withResource(template, roleId, withProperty(role, 'Policies', [...list, policy]));
}

export const roleAllowsStartExecution: ValidationRule = {
  id: 'SFN-03',
  severity: 'error',
  title: 'The target role may start this state machine',
  why: "EventBridge starts the execution with the target role's permissions: its identity policies must allow states:StartExecution on the state machine's ARN, and no explicit Deny may refuse it.",
  source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-identity-based.html',
  check(ctx) {
    const found: Finding[] = [];
    for (const t of targetFacts(ctx)) {
      const roleId = referencedId(t.target.RoleArn);
      if (t.service !== 'states' || !roleId || ctx.resources[roleId]?.Type !== 'AWS::IAM::Role') continue;
      const policies = rolePoliciesOf(ctx.template, roleId);
      const { decision, first } = decideAcross(ctx.template, ctx.assignments, policies.statements, (a) => {
        const resource = resolveString(ctx.template, t.target.Arn, a);
        return resource === undefined ? undefined : { action: 'states:StartExecution', resource, context: {} };
      });
      if (decision === 'allow' || decision === 'unknown') continue;
      const sm = t.resourceId ?? describeValue(t.target.Arn);
      if (decision === 'explicit-deny') {
        found.push({
          resource: roleId,
          path: first?.deciding[0]?.pointer ?? `/Resources/${roleId}`,
          target: { rule: t.ruleId, index: t.index },
          message: `Role ${roleId} explicitly denies states:StartExecution on ${sm}; an explicit Deny wins over any Allow, so target ${targetName(t)} of ${t.ruleId} is never started. Remove or narrow the Deny.`,
        });
        continue;
      }
      // Managed policies attached by ARN are not in the template: they might allow it.
      if (policies.managedPolicyArns.length > 0) continue;
      found.push({
        resource: roleId,
        path: `/Resources/${roleId}/Properties`,
        target: { rule: t.ruleId, index: t.index },
        message: `Role ${roleId} does not allow states:StartExecution on ${sm}, so EventBridge cannot start it for target ${targetName(t)} of ${t.ruleId}.`,
        fix: {
          title: 'Allow states:StartExecution on this state machine',
          apply: (template) => allowStartExecution(template, roleId, t.target.Arn!),
        },
      });
    }
    return found;
  },
};
