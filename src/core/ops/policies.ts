import type { Json, JsonObject } from '../template/json';

/** A trust policy that lets one AWS service principal assume the role.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-services */
export function trustPolicyFor(service: string): JsonObject {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  };
}

/** An identity policy document that allows `actions` on `resources` only. */
export function allowPolicy(actions: string[], resources: Json[]): JsonObject {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: actions, Resource: resources }],
  };
}
