import { isJsonObject, type Json, type JsonObject } from '../../../template/json';
import { getAtt, referencedId } from '../../../template/intrinsics';
import { uniqueLogicalId } from '../../../template/logical-ids';
import { propertiesOf, resourceOf, resourcesOf, withProperty, withResource } from '../../../template/resources';
import type { LogicalId, Template } from '../../../template/types';
import type { Assignment } from '../../../resolve/assignments';
import { allowPolicy, trustPolicyFor } from '../../../ops/policies';
import { setTargetProperty } from '../../../ops/set-target-property';
import { targetsOf } from '../../../ops/targets';
import type { Decision, Evaluation } from '../../../iam/evaluate';
import { rolePoliciesOf } from '../../../iam/role-policies';
import { decideAcross, resolverFor } from '../permissions/eventbridge-request';
import { targetName, type TargetFacts } from '../permissions/target-facts';
import type { Finding, Fix, ValidationContext } from '../../types';

export type Result = { decision: Decision; first: Evaluation | undefined };

/** The role a target's RoleArn names, when it is an AWS::IAM::Role of this template. */
export function targetRoleId(ctx: ValidationContext, t: TargetFacts): LogicalId | undefined {
  const roleId = referencedId(t.target.RoleArn);
  return roleId && ctx.resources[roleId]?.Type === 'AWS::IAM::Role' ? roleId : undefined;
}

/** The target's Arn as deployed under one assignment (ARNs of template resources filled in). */
export const targetArn = (ctx: ValidationContext, t: TargetFacts) => (a: Assignment) => resolverFor(ctx.template, a)(t.target.Arn);

/**
 * Whether a role's identity policies allow `action` on a resource: the evaluation the Step Functions
 * checks (SFN-03) make, for any action. Managed policies attached by ARN cannot be read, so a role
 * that has some is never said to lack a permission.
 */
export function roleAllows(
  ctx: ValidationContext,
  roleId: LogicalId,
  action: string,
  resource: (a: Assignment) => string | undefined,
): Result & { unreadable: boolean } {
  const policies = rolePoliciesOf(ctx.template, roleId);
  const result = decideAcross(ctx.template, ctx.assignments, policies.statements, (a) => {
    const r = resource(a);
    return r === undefined ? undefined : { action, resource: r, context: {} };
  });
  return { ...result, unreadable: policies.managedPolicyArns.length > 0 };
}

/** The finding for a role that does not allow what EventBridge must do with it, or nothing. */
export function roleFinding(
  t: TargetFacts,
  roleId: LogicalId,
  result: Result & { unreadable: boolean },
  what: { action: string; on: string; fix: Fix },
): Finding[] {
  const { decision, first } = result;
  if (decision === 'allow' || decision === 'unknown') return [];
  if (decision === 'explicit-deny')
    return [
      {
        resource: roleId,
        path: first?.deciding[0]?.pointer ?? `/Resources/${roleId}`,
        target: { rule: t.ruleId, index: t.index },
        message: `Role ${roleId} explicitly denies ${what.action} on ${what.on}; an explicit Deny wins over any Allow, so EventBridge cannot deliver to target ${targetName(t)} of ${t.ruleId}. Remove or narrow the Deny.`,
      },
    ];
  if (result.unreadable) return [];
  return [
    {
      resource: roleId,
      path: `/Resources/${roleId}/Properties`,
      target: { rule: t.ruleId, index: t.index },
      message: `Role ${roleId} does not allow ${what.action} on ${what.on}, so EventBridge cannot deliver to target ${targetName(t)} of ${t.ruleId}.`,
      fix: what.fix,
    },
  ];
}

/** Adds an inline policy to a role that allows one action on one resource (a new policy name when taken). */
export function allowOnRole(template: Template, roleId: LogicalId, policyName: string, action: string, resource: Json): Template {
  const role = resourceOf(template, roleId);
  if (!role) return template;
  const policies = propertiesOf(role).Policies;
  const list = Array.isArray(policies) ? policies : [];
  const names = new Set(list.map((p) => (isJsonObject(p) ? p.PolicyName : undefined)));
  let name = policyName;
  for (let n = 2; names.has(name); n++) name = `${policyName}${n}`;
  const policy = { PolicyName: name, PolicyDocument: allowPolicy([action], [resource]) };
  return withResource(template, roleId, withProperty(role, 'Policies', [...list, policy]));
}

/** Gives a target a new role that EventBridge can assume and that allows one action on the target, and sets its RoleArn. */
export function addTargetRole(template: Template, ruleId: LogicalId, index: number, policyName: string, action: string): Template {
  const target = targetsOf(template, ruleId)[index];
  if (!target || target.Arn === undefined || !resourcesOf(template)[ruleId]) return template;
  const roleId = uniqueLogicalId(template, `${ruleId}${referencedId(target.Arn) ?? 'Target'}Role`);
  const role = {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: trustPolicyFor('events.amazonaws.com'),
      Policies: [{ PolicyName: policyName, PolicyDocument: allowPolicy([action], [target.Arn]) }],
    },
  };
  return setTargetProperty(withResource(template, roleId, role), ruleId, index, 'RoleArn', getAtt(roleId, 'Arn'));
}

/**
 * Adds a statement to the first policy resource that applies to a resource, or a new policy resource
 * of `type` that lists it under `listKey` (e.g. AWS::SQS::QueuePolicy, Queues: [Ref queue]).
 */
export function addPolicyStatement(
  template: Template,
  existing: LogicalId[],
  create: { type: string; baseId: string; properties: JsonObject },
  statement: JsonObject,
): Template {
  const [policyId] = existing;
  const policy = policyId ? resourceOf(template, policyId) : undefined;
  if (policyId && policy && isJsonObject(propertiesOf(policy).PolicyDocument)) {
    const document = propertiesOf(policy).PolicyDocument as JsonObject;
    const current = document.Statement;
    const statements = Array.isArray(current) ? current : current === undefined ? [] : [current];
    return withResource(template, policyId, withProperty(policy, 'PolicyDocument', { ...document, Statement: [...statements, statement] }));
  }
  const id = uniqueLogicalId(template, create.baseId);
  return withResource(template, id, {
    Type: create.type,
    Properties: { ...create.properties, PolicyDocument: { Version: '2012-10-17', Statement: [statement] } },
  });
}

/** The finding for a resource policy that does not let EventBridge deliver, or nothing. */
export function resourcePolicyFinding(
  t: TargetFacts,
  result: Result,
  messages: { denied: string; missing: string },
  fix: Fix | undefined,
  path = t.path,
): Finding[] {
  const { decision, first } = result;
  if (decision === 'allow' || decision === 'unknown') return [];
  const denied = decision === 'explicit-deny';
  return [
    {
      resource: t.ruleId,
      path: denied && first?.deciding[0] ? first.deciding[0].pointer : path,
      target: { rule: t.ruleId, index: t.index },
      message: denied ? messages.denied : messages.missing,
      ...(denied || !fix ? {} : { fix }),
    },
  ];
}

/** Whether a template's SQS queue is FIFO: FifoQueue true, or a name ending in .fifo. */
export function isFifoQueue(ctx: ValidationContext, queueId: LogicalId): boolean {
  const p = propertiesOf(ctx.resources[queueId]);
  const name = resolverFor(ctx.template, ctx.assignments[0]!)(p.QueueName);
  return p.FifoQueue === true || p.FifoQueue === 'true' || name?.endsWith('.fifo') === true;
}
