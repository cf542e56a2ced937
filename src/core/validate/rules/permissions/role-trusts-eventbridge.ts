import { isJsonObject, type JsonObject } from '../../../template/json';
import { referencedId } from '../../../template/intrinsics';
import { propertiesOf, resourceOf, withProperty, withResource } from '../../../template/resources';
import type { Template } from '../../../template/types';
import { trustPolicyFor } from '../../../ops/policies';
import { trustStatementsOf } from '../../../iam/role-policies';
import { decideAcross, eventBridgeContext } from './eventbridge-request';
import { targetFacts, targetName } from './target-facts';
import type { Finding, ValidationRule } from '../../types';

/** Adds a statement that lets EventBridge assume the role, keeping the rest of the trust policy. */
export function trustEventBridge(template: Template, roleId: string): Template {
  const role = resourceOf(template, roleId);
  if (!role) return template;
  const current = propertiesOf(role).AssumeRolePolicyDocument;
  const statement = (trustPolicyFor('events.amazonaws.com').Statement as JsonObject[])[0]!;
  const existing = isJsonObject(current) ? current.Statement : undefined;
  const statements = Array.isArray(existing) ? existing : existing === undefined ? [] : [existing];
  const document = isJsonObject(current) ? { ...current, Statement: [...statements, statement] } : trustPolicyFor('events.amazonaws.com');
  return withResource(template, roleId, withProperty(role, 'AssumeRolePolicyDocument', document));
}

export const roleTrustsEventBridge: ValidationRule = {
  id: 'SFN-02',
  severity: 'error',
  title: 'The target role lets EventBridge assume it',
  why: "EventBridge calls the target with the role in RoleArn only if the role's trust policy allows events.amazonaws.com to sts:AssumeRole (conditions on aws:SourceArn and aws:SourceAccount must admit the rule); otherwise every invocation fails.",
  source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-iam-roles.html',
  check(ctx) {
    const found: Finding[] = [];
    for (const t of targetFacts(ctx)) {
      const roleId = referencedId(t.target.RoleArn);
      if (!roleId || ctx.resources[roleId]?.Type !== 'AWS::IAM::Role') continue;
      const { decision, first } = decideAcross(ctx.template, ctx.assignments, trustStatementsOf(ctx.template, roleId), (a) => ({
        action: 'sts:AssumeRole',
        principalService: 'events.amazonaws.com',
        context: eventBridgeContext(ctx.template, t.ruleId, a),
      }));
      if (decision === 'allow' || decision === 'unknown') continue;
      const denied = decision === 'explicit-deny';
      found.push({
        resource: roleId,
        path: denied && first?.deciding[0] ? first.deciding[0].pointer : `/Resources/${roleId}/Properties/AssumeRolePolicyDocument`,
        target: { rule: t.ruleId, index: t.index },
        message: denied
          ? `Role ${roleId} explicitly denies events.amazonaws.com sts:AssumeRole, so EventBridge cannot use it for target ${targetName(t)} of ${t.ruleId}.`
          : `Role ${roleId}'s trust policy does not let events.amazonaws.com assume it for rule ${t.ruleId} (target ${targetName(t)}), so EventBridge cannot call the target.`,
        fix: denied ? undefined : { title: 'Let EventBridge assume the role', apply: (template) => trustEventBridge(template, roleId) },
      });
    }
    return found;
  },
};
