/** Description: at most 512 characters. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html */
export function checkDescription(value: string): string | undefined {
  return value.length > 512 ? `A description may have at most 512 characters (this one has ${value.length}).` : undefined;
}

/** ScheduleExpression: rate(...) or cron(...), at most 256 characters; empty means none.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html */
export function checkScheduleExpression(value: string): string | undefined {
  if (value === '') return undefined;
  if (value.length > 256) return 'A schedule expression may have at most 256 characters.';
  if (!/^(rate\(\s*\d+\s+(minute|minutes|hour|hours|day|days)\s*\)|cron\(.+\))$/.test(value.trim()))
    return 'Write rate(5 minutes) or cron(0 12 * * ? *).';
  return undefined;
}

export const RULE_STATES = ['ENABLED', 'DISABLED', 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS'].map((v) => ({ value: v, label: v }));
