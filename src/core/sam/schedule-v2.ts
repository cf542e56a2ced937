import { getAtt } from '../template/intrinsics';
import type { JsonObject } from '../template/json';
import { deadLetterArn } from './dead-letter';
import { trustFor } from './execution-role';
import type { Emitter, EventOwner, GeneratedBy, SamPath } from './types';

const PASSED_THROUGH = ['Description', 'StartDate', 'EndDate', 'ScheduleExpressionTimezone', 'GroupName', 'KmsKeyArn', 'State'];

/**
 * A ScheduleV2 event: an EventBridge Scheduler schedule (AWS::Scheduler::Schedule, not a rule) named
 * <owner><event>, whose target calls the function or state machine with RoleArn, or with a role SAM
 * makes (<owner><event>Role, trusting scheduler.amazonaws.com, allowed to invoke or start the target).
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-schedulev2.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-statemachine-statemachineschedulev2.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-scheduler-schedule.html
 */
export function expandScheduleV2(emit: Emitter, owner: EventOwner, name: string, props: JsonObject, path: SamPath): void {
  const id = `${owner.id}${name}`;
  const at = [...path, 'Properties'];
  const by: GeneratedBy = { samResource: owner.id, samType: owner.samType, event: name, path };
  if (props.ScheduleExpression === undefined) {
    emit.issue('malformed', at, 'A ScheduleV2 event needs a ScheduleExpression; SAM refuses it without one.');
    return;
  }
  if (props.OmitName === true && props.Name !== undefined)
    emit.issue('malformed', [...at, 'Name'], 'Name cannot be set when OmitName is true; SAM refuses the template.');
  const schedule: JsonObject = {
    ScheduleExpression: props.ScheduleExpression,
    FlexibleTimeWindow: props.FlexibleTimeWindow ?? { Mode: 'OFF' },
  };
  if (props.OmitName !== true) schedule.Name = props.Name ?? id;
  for (const key of PASSED_THROUGH) if (props[key] !== undefined) schedule[key] = props[key]!;
  const target: JsonObject = { Arn: owner.arn };
  if (props.Input !== undefined) target.Input = props.Input;
  if (props.RetryPolicy !== undefined) target.RetryPolicy = props.RetryPolicy;
  schedule.Target = target;
  if (!emit.add(id, { Type: 'AWS::Scheduler::Schedule', ...owner.attributes, Properties: schedule }, by)) return;
  const dlq =
    props.DeadLetterConfig === undefined
      ? undefined
      : deadLetterArn(emit, owner, id, props.DeadLetterConfig, [...at, 'DeadLetterConfig'], by, false);
  if (dlq !== undefined) target.DeadLetterConfig = { Arn: dlq };
  if (props.RoleArn !== undefined) {
    target.RoleArn = props.RoleArn;
    return;
  }
  const roleId = `${id}Role`;
  const allow =
    owner.kind === 'function'
      ? {
          PolicyName: `${id}LambdaPolicy`,
          PolicyDocument: { Statement: [{ Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: owner.arn }] },
        }
      : {
          PolicyName: `${id}StartExecutionPolicy`,
          PolicyDocument: { Statement: [{ Action: 'states:StartExecution', Effect: 'Allow', Resource: owner.arn }] },
        };
  const policies: JsonObject[] = [allow];
  if (dlq !== undefined)
    policies.push({
      PolicyName: `${id}SQSPolicy`,
      PolicyDocument: { Statement: [{ Action: 'sqs:SendMessage', Effect: 'Allow', Resource: dlq }] },
    });
  const role: JsonObject = { AssumeRolePolicyDocument: trustFor('scheduler.amazonaws.com'), Policies: policies };
  if (props.PermissionsBoundary !== undefined) role.PermissionsBoundary = props.PermissionsBoundary;
  emit.add(roleId, { Type: 'AWS::IAM::Role', ...owner.attributes, Properties: role }, by);
  target.RoleArn = getAtt(roleId, 'Arn');
}
