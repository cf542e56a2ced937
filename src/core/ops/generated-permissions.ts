import { propertiesOf } from '../template/resources';
import { getAtt, refersTo } from '../template/intrinsics';
import { RESOURCE_TYPES, type LogicalId } from '../template/types';
import type { Json, JsonObject } from '../template/json';
import { allowPolicy, trustPolicyFor } from './policies';

/**
 * A role EventBridge assumes to deliver to one target: it trusts events.amazonaws.com and has one
 * inline policy allowing `action` on that target only.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-identity-based.html
 */
export function targetRoleFor(policyName: string, action: string, resource: Json): JsonObject {
  return {
    Type: RESOURCE_TYPES.role,
    Properties: {
      AssumeRolePolicyDocument: trustPolicyFor('events.amazonaws.com'),
      Policies: [{ PolicyName: policyName, PolicyDocument: allowPolicy([action], [resource]) }],
    },
  };
}

/**
 * The role EventBridge assumes to start one state machine: it trusts events.amazonaws.com and allows
 * states:StartExecution on that state machine only.
 * https://docs.aws.amazon.com/step-functions/latest/dg/tutorial-cloudwatch-events-s3.html and
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-identity-based.html
 */
export function stateMachineTargetRoleFor(stateMachineId: LogicalId): JsonObject {
  return targetRoleFor('StartExecution', 'states:StartExecution', getAtt(stateMachineId, 'Arn'));
}

/**
 * The role EventBridge assumes to send a rule's events to another event bus of the same account and
 * Region: it trusts events.amazonaws.com and allows events:PutEvents on that bus only. "You use IAM
 * roles on the sender event bus to give the sender event bus permission to send events to the
 * receiver event bus." https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-bus-to-bus.html
 * and https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus-perms.html
 */
export function eventBusTargetRoleFor(busId: LogicalId): JsonObject {
  return targetRoleFor('PutEvents', 'events:PutEvents', getAtt(busId, 'Arn'));
}

/**
 * The function's resource-based permission for one rule. SourceArn is the rule's ARN (GetAtt Arn:
 * Ref returns the name), so no other rule, and no rule of another account, can invoke the function.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-permission.html
 */
export function lambdaPermissionFor(ruleId: LogicalId, functionId: LogicalId): JsonObject {
  return {
    Type: RESOURCE_TYPES.lambdaPermission,
    Properties: {
      Action: 'lambda:InvokeFunction',
      FunctionName: getAtt(functionId, 'Arn'),
      Principal: 'events.amazonaws.com',
      SourceArn: getAtt(ruleId, 'Arn'),
    },
  };
}

/** True when a resource is a Lambda permission that names this function and this rule. */
export function isPermissionFor(resource: JsonObject | undefined, ruleId: LogicalId, functionId: LogicalId): boolean {
  if (resource?.Type !== RESOURCE_TYPES.lambdaPermission) return false;
  const p = propertiesOf(resource);
  return refersTo(p.FunctionName, functionId) && refersTo(p.SourceArn, ruleId);
}
