import type { Json, JsonObject } from './json';

/**
 * A CloudFormation template, kept exactly as the user has it: the app never regenerates it from
 * a smaller model, so keys it does not know survive every edit.
 */
export type Template = JsonObject;

/** One entry of `Resources`; `Properties` is optional in CloudFormation. */
export interface Resource extends JsonObject {
  Type: string;
}

export type LogicalId = string;

/** The resource types the designer creates and draws with their own node. */
export const RESOURCE_TYPES = {
  eventBus: 'AWS::Events::EventBus',
  rule: 'AWS::Events::Rule',
  lambdaFunction: 'AWS::Lambda::Function',
  lambdaPermission: 'AWS::Lambda::Permission',
  stateMachine: 'AWS::StepFunctions::StateMachine',
  role: 'AWS::IAM::Role',
} as const;

export type ResourceType = (typeof RESOURCE_TYPES)[keyof typeof RESOURCE_TYPES];

export type { Json, JsonObject };
