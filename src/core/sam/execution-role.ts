import { isJsonObject, type Json, type JsonObject } from '../template/json';
import type { LogicalId } from '../template/types';
import { expandPolicyTemplate } from './policy-templates';
import type { Emitter, SamPath } from './types';

/** SAM's trust policy for a role it makes for one service (the principal as a one-item list).
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources-function.html */
export function trustFor(service: string): JsonObject {
  return {
    Version: '2012-10-17',
    Statement: [{ Action: ['sts:AssumeRole'], Effect: 'Allow', Principal: { Service: [service] } }],
  };
}

// AWS managed policies that live under the service-role/ path; others are at the root.
// https://docs.aws.amazon.com/aws-managed-policy/latest/reference/policy-list.html
const SERVICE_ROLE_POLICIES = new Set([
  'AWSLambdaBasicExecutionRole',
  'AWSLambdaVPCAccessExecutionRole',
  'AWSLambdaRole',
  'AWSLambdaKinesisExecutionRole',
  'AWSLambdaDynamoDBExecutionRole',
  'AWSLambdaSQSQueueExecutionRole',
  'AWSLambdaMSKExecutionRole',
  'AWSLambdaENIManagementAccess',
]);

/** The ARN SAM gives an AWS managed policy named in Policies (an ARN stays as it is). */
export function managedPolicyArn(name: string): Json {
  if (name.startsWith('arn:')) return name;
  const path = SERVICE_ROLE_POLICIES.has(name) ? 'service-role/' : '';
  return { 'Fn::Sub': `arn:\${AWS::Partition}:iam::aws:policy/${path}${name}` };
}

function isIntrinsic(value: JsonObject): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'));
}

/**
 * The managed policy ARNs and inline policies SAM puts on a role it makes from a resource's Policies:
 * names and ARNs become ManagedPolicyArns, policy documents and expanded policy templates become
 * inline policies named <Role>Policy<index>.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html#sam-function-policies
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-policy-templates.html
 */
export function rolePolicies(
  emit: Emitter,
  roleId: LogicalId,
  policies: Json | undefined,
  path: SamPath,
): { managed: Json[]; inline: JsonObject[] } {
  const managed: Json[] = [];
  const inline: JsonObject[] = [];
  if (policies === undefined || policies === null) return { managed, inline };
  const list = Array.isArray(policies) ? policies : [policies];
  list.forEach((entry, index) => {
    const at = Array.isArray(policies) ? [...path, index] : path;
    if (typeof entry === 'string') managed.push(managedPolicyArn(entry));
    else if (isJsonObject(entry) && 'Fn::If' in entry && Object.keys(entry).length === 1)
      emit.issue('unexpanded', at, 'A policy chosen by Fn::If is not expanded here, so its permissions are not checked.');
    else if (isJsonObject(entry) && isIntrinsic(entry)) managed.push(entry);
    else if (isJsonObject(entry) && 'Statement' in entry) inline.push({ PolicyName: `${roleId}Policy${index}`, PolicyDocument: entry });
    else if (isJsonObject(entry) && Object.keys(entry).length === 1) {
      const [name, parameters] = Object.entries(entry)[0]!;
      const r = expandPolicyTemplate(name, parameters);
      if ('document' in r) inline.push({ PolicyName: `${roleId}Policy${index}`, PolicyDocument: r.document });
      else if ('unexpanded' in r) emit.issue('unexpanded', [...at, name], r.unexpanded);
      else emit.issue('malformed', [...at, name], r.malformed);
    } else
      emit.issue('malformed', at, 'A policy is a managed policy name or ARN, a policy document with a Statement, or a policy template.');
  });
  return { managed, inline };
}

/** An AWS::IAM::Role as SAM makes it: trust, managed policies, inline policies, boundary and path. */
export function roleResource(parts: {
  trust: Json;
  managed: Json[];
  inline: JsonObject[];
  permissionsBoundary?: Json;
  path?: Json;
}): JsonObject {
  const managed = parts.managed.filter((arn, i) => parts.managed.findIndex((m) => JSON.stringify(m) === JSON.stringify(arn)) === i);
  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: parts.trust,
      ...(managed.length > 0 ? { ManagedPolicyArns: managed } : {}),
      ...(parts.inline.length > 0 ? { Policies: parts.inline } : {}),
      ...(parts.permissionsBoundary !== undefined ? { PermissionsBoundary: parts.permissionsBoundary } : {}),
      ...(parts.path !== undefined ? { Path: parts.path } : {}),
    },
  };
}
