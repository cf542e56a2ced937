import { whyScheduleExpressionInvalid } from '../../core/schedule/schedule-expression';

/** Description: at most 512 characters. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html */
export function checkDescription(value: string): string | undefined {
  return value.length > 512 ? `A description may have at most 512 characters (this one has ${value.length}).` : undefined;
}

/** ScheduleExpression: a rate or cron expression EventBridge accepts; empty means none. */
export function checkScheduleExpression(value: string): string | undefined {
  return value === '' ? undefined : whyScheduleExpressionInvalid(value);
}

export const RULE_STATES = ['ENABLED', 'DISABLED', 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS'].map((v) => ({ value: v, label: v }));
