import { getAtt, ref } from '../template/intrinsics';
import { isJsonObject, type Json, type JsonObject } from '../template/json';
import type { LogicalId } from '../template/types';
import { deadLetterArn } from './dead-letter';
import { trustFor } from './execution-role';
import type { Emitter, EventOwner, GeneratedBy, SamPath } from './types';

// Target ids are at most 64 characters; SAM cuts the logical id to fit its suffix.
// https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html
function defaultTargetId(ruleId: LogicalId, suffix: string): string {
  return ruleId.length + suffix.length <= 64 ? ruleId + suffix : ruleId.slice(0, 64 - suffix.length) + suffix;
}

/** The rule's State: State as given, else Enabled as ENABLED/DISABLED; SAM refuses both at once. */
function stateOf(emit: Emitter, props: JsonObject, path: SamPath): Json | undefined {
  if (props.State !== undefined && props.Enabled !== undefined)
    emit.issue('malformed', [...path, 'Enabled'], 'State and Enabled cannot both be set on one event; SAM refuses the template.');
  if (props.State !== undefined) return props.State;
  if (typeof props.Enabled === 'boolean') return props.Enabled ? 'ENABLED' : 'DISABLED';
  return undefined;
}

/** The role SAM makes so a rule can start a state machine: <rule>Role, trusting EventBridge, allowed states:StartExecution on it.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-statemachine-statemachineeventbridgerule.html */
function startExecutionRole(emit: Emitter, owner: EventOwner, ruleId: LogicalId, by: GeneratedBy): Json {
  const roleId = `${ruleId}Role`;
  const policy = {
    PolicyName: `${roleId}StartExecutionPolicy`,
    PolicyDocument: { Statement: [{ Action: 'states:StartExecution', Effect: 'Allow', Resource: owner.arn }] },
  };
  const properties: JsonObject = { AssumeRolePolicyDocument: trustFor('events.amazonaws.com'), Policies: [policy] };
  if (owner.permissionsBoundary !== undefined) properties.PermissionsBoundary = owner.permissionsBoundary;
  emit.add(roleId, { Type: 'AWS::IAM::Role', ...owner.attributes, Properties: properties }, by);
  return getAtt(roleId, 'Arn');
}

/**
 * An EventBridgeRule, CloudWatchEvent or Schedule event: the AWS::Events::Rule <owner><event> with one
 * target, and for a function the AWS::Lambda::Permission <rule>Permission that lets the rule invoke it,
 * for a state machine the role the target uses.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources-function.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources-statemachine.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-eventbridgerule.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-schedule.html
 */
export function expandRuleEvent(emit: Emitter, owner: EventOwner, name: string, type: string, props: JsonObject, path: SamPath): void {
  const ruleId = `${owner.id}${name}`;
  const at = [...path, 'Properties'];
  const by: GeneratedBy = { samResource: owner.id, samType: owner.samType, event: name, path };
  const schedule = type === 'Schedule';
  if (schedule && props.Schedule === undefined) {
    emit.issue('malformed', at, 'A Schedule event needs a Schedule expression; SAM refuses it without one.');
    return;
  }
  const rule: JsonObject = {};
  if (schedule) {
    rule.ScheduleExpression = props.Schedule!;
    const ruleName = props.Name ?? props.RuleName;
    if (ruleName !== undefined) rule.Name = ruleName;
    if (props.Description !== undefined) rule.Description = props.Description;
  } else {
    if (props.EventBusName !== undefined) rule.EventBusName = props.EventBusName;
    if (props.Pattern !== undefined) rule.EventPattern = props.Pattern;
    if (props.RuleName !== undefined) rule.Name = props.RuleName;
  }
  const state = stateOf(emit, props, at);
  if (state !== undefined) rule.State = state;
  const sfn = owner.kind === 'stateMachine';
  const given = isJsonObject(props.Target) ? props.Target.Id : undefined;
  const target: JsonObject = { Arn: owner.arn, Id: given ?? defaultTargetId(ruleId, sfn ? 'StepFunctionsTarget' : 'LambdaTarget') };
  for (const key of schedule ? ['Input'] : ['Input', 'InputPath', 'InputTransformer'])
    if (props[key] !== undefined) target[key] = props[key]!;
  if (props.RetryPolicy !== undefined) target.RetryPolicy = props.RetryPolicy;
  rule.Targets = [target];
  if (!emit.add(ruleId, { Type: 'AWS::Events::Rule', ...owner.attributes, Properties: rule }, by)) return;
  // The role and the queue are added after the rule (SAM's order); the target is completed in place.
  // A state machine's Schedule may name its own role; otherwise SAM makes one.
  // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-statemachine-statemachineschedule.html
  if (sfn) target.RoleArn = schedule && props.RoleArn !== undefined ? props.RoleArn : startExecutionRole(emit, owner, ruleId, by);
  if (props.DeadLetterConfig !== undefined) {
    const arn = deadLetterArn(emit, owner, ruleId, props.DeadLetterConfig, [...at, 'DeadLetterConfig'], by, true);
    if (arn !== undefined) target.DeadLetterConfig = { Arn: arn };
  }
  if (!sfn) {
    const permission = {
      Action: 'lambda:InvokeFunction',
      FunctionName: owner.functionName ?? ref(owner.id),
      Principal: 'events.amazonaws.com',
      SourceArn: getAtt(ruleId, 'Arn'),
    };
    emit.add(`${ruleId}Permission`, { Type: 'AWS::Lambda::Permission', ...owner.attributes, Properties: permission }, by);
  }
}
