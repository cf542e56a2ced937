import { propertiesOf } from '../template/resources';
import { getAtt, refersTo } from '../template/intrinsics';
import { RESOURCE_TYPES, type LogicalId } from '../template/types';
import type { JsonObject } from '../template/json';
import { allowPolicy, trustPolicyFor } from './policies';

/**
 * The role EventBridge assumes to start one state machine: it trusts events.amazonaws.com and allows
 * states:StartExecution on that state machine only.
 * https://docs.aws.amazon.com/step-functions/latest/dg/tutorial-cloudwatch-events-s3.html and
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-identity-based.html
 */
export function stateMachineTargetRoleFor(stateMachineId: LogicalId): JsonObject {
  return {
    Type: RESOURCE_TYPES.role,
    Properties: {
      AssumeRolePolicyDocument: trustPolicyFor('events.amazonaws.com'),
      Policies: [
        {
          PolicyName: 'StartExecution',
          PolicyDocument: allowPolicy(['states:StartExecution'], [getAtt(stateMachineId, 'Arn')]),
        },
      ],
    },
  };
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
