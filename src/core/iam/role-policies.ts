import { isJsonObject, type Json } from '../template/json';
import { propertiesOf, resourcesOf } from '../template/resources';
import { referencedId } from '../template/intrinsics';
import type { LogicalId, Template } from '../template/types';
import { pointer } from '../validate/pointer';
import { statementsOf } from './policy-document';
import type { SourcedStatement } from './evaluate';

export interface RolePolicies {
  statements: SourcedStatement[];
  /** Managed policies attached by ARN: their contents are not in the template, so they cannot be read. */
  managedPolicyArns: Json[];
}

function sourced(document: Json | undefined, base: string): SourcedStatement[] {
  return statementsOf(document).map((statement) => ({ statement, pointer: `${base}${statement.pointer}` }));
}

const policyIndex = new WeakMap<object, LogicalId[]>();

/** The AWS::IAM::Policy and ManagedPolicy resources, found once per Resources object. */
function policyResourcesOf(template: Template): LogicalId[] {
  const resources = resourcesOf(template);
  const cached = policyIndex.get(resources);
  if (cached) return cached;
  const ids = Object.keys(resources).filter(
    (id) => resources[id]!.Type === 'AWS::IAM::Policy' || resources[id]!.Type === 'AWS::IAM::ManagedPolicy',
  );
  policyIndex.set(resources, ids);
  return ids;
}

/** Whether a policy resource's Roles list names the role (by Ref, or by the role's literal name). */
function namesRole(roles: Json | undefined, roleId: LogicalId, roleName: Json | undefined): boolean {
  if (!Array.isArray(roles)) return false;
  return roles.some((r) => referencedId(r) === roleId || (typeof r === 'string' && r === roleName));
}

/**
 * Every identity policy of a role the template shows: inline Policies, and AWS::IAM::Policy and
 * AWS::IAM::ManagedPolicy resources attached to it; and the managed policy ARNs it cannot read.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-role.html
 */
export function rolePoliciesOf(template: Template, roleId: LogicalId): RolePolicies {
  const resources = resourcesOf(template);
  const p = propertiesOf(resources[roleId]);
  const statements: SourcedStatement[] = [];
  if (Array.isArray(p.Policies)) {
    p.Policies.forEach((policy, i) => {
      if (isJsonObject(policy))
        statements.push(...sourced(policy.PolicyDocument, pointer('Resources', roleId, 'Properties', 'Policies', i, 'PolicyDocument')));
    });
  }
  for (const id of policyResourcesOf(template)) {
    const rp = propertiesOf(resources[id]);
    if (namesRole(rp.Roles, roleId, p.RoleName))
      statements.push(...sourced(rp.PolicyDocument, pointer('Resources', id, 'Properties', 'PolicyDocument')));
  }
  const managed = Array.isArray(p.ManagedPolicyArns) ? p.ManagedPolicyArns.filter((arn) => !isManagedPolicyInTemplate(template, arn)) : [];
  for (const arn of Array.isArray(p.ManagedPolicyArns) ? p.ManagedPolicyArns : []) {
    const id = referencedId(arn);
    if (id && resources[id]?.Type === 'AWS::IAM::ManagedPolicy')
      statements.push(...sourced(propertiesOf(resources[id]).PolicyDocument, pointer('Resources', id, 'Properties', 'PolicyDocument')));
  }
  return { statements, managedPolicyArns: managed };
}

function isManagedPolicyInTemplate(template: Template, arn: Json): boolean {
  const id = referencedId(arn);
  return id !== undefined && resourcesOf(template)[id]?.Type === 'AWS::IAM::ManagedPolicy';
}

/** The trust policy's statements, with their pointer. */
export function trustStatementsOf(template: Template, roleId: LogicalId): SourcedStatement[] {
  return sourced(
    propertiesOf(resourcesOf(template)[roleId]).AssumeRolePolicyDocument,
    pointer('Resources', roleId, 'Properties', 'AssumeRolePolicyDocument'),
  );
}
