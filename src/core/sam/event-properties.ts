import type { JsonObject } from '../template/json';
import type { Emitter, SamPath } from './types';

// The properties SAM accepts on each event type, from the SAM specification pages (plus Enabled on a
// function's EventBridgeRule and RuleName on a function's Schedule, which SAM's translator accepts).
// SAM refuses any other property ("property X not defined for resource of type ...").
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-eventbridgerule.html
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-cloudwatchevent.html
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-schedule.html
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-schedulev2.html
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-statemachine-statemachineeventbridgerule.html
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-statemachine-statemachineschedule.html
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-statemachine-statemachineschedulev2.html
const RULE = [
  'DeadLetterConfig',
  'EventBusName',
  'Input',
  'InputPath',
  'InputTransformer',
  'Pattern',
  'RetryPolicy',
  'RuleName',
  'State',
  'Target',
];
const SCHEDULE = ['DeadLetterConfig', 'Description', 'Enabled', 'Input', 'Name', 'RetryPolicy', 'Schedule', 'State'];
const SCHEDULE_V2 = [
  'DeadLetterConfig',
  'Description',
  'EndDate',
  'FlexibleTimeWindow',
  'GroupName',
  'Input',
  'KmsKeyArn',
  'Name',
  'OmitName',
  'PermissionsBoundary',
  'RetryPolicy',
  'RoleArn',
  'ScheduleExpression',
  'ScheduleExpressionTimezone',
  'StartDate',
  'State',
];

const ACCEPTED: Record<'function' | 'stateMachine', Record<string, readonly string[]>> = {
  function: {
    EventBridgeRule: [...RULE, 'Enabled'],
    CloudWatchEvent: [...RULE, 'Enabled'],
    Schedule: [...SCHEDULE, 'RuleName'],
    ScheduleV2: SCHEDULE_V2,
  },
  stateMachine: {
    EventBridgeRule: RULE,
    CloudWatchEvent: RULE,
    Schedule: [...SCHEDULE, 'RoleArn', 'Target'],
    ScheduleV2: SCHEDULE_V2,
  },
};

/** Reports each property of an event that SAM does not accept for its type. */
export function reportUnknownProperties(
  emit: Emitter,
  kind: 'function' | 'stateMachine',
  type: string,
  props: JsonObject,
  path: SamPath,
): void {
  const accepted = ACCEPTED[kind][type];
  if (!accepted) return;
  for (const key of Object.keys(props)) {
    if (accepted.includes(key)) continue;
    const owner = kind === 'function' ? 'AWS::Serverless::Function' : 'AWS::Serverless::StateMachine';
    emit.issue(
      'malformed',
      [...path, key],
      `A ${type} event of an ${owner} has no property ${key} (it has ${accepted.join(', ')}); SAM refuses the template.`,
    );
  }
}
