/**
 * Why EventBridge would refuse a rule's ScheduleExpression, or undefined when it is valid.
 * - rate(value unit): value a positive whole number; unit minute(s), hour(s) or day(s), singular when
 *   the value is 1 and plural when it is more ("rate(1 hours) and rate(5 hour) aren't valid").
 *   https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rate-expressions.html
 * - cron(fields): six fields separated by white space; Day-of-month and Day-of-week cannot both be
 *   given: "If you use it in one, you must use ? in the other".
 *   https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html
 * - at most 256 characters. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html
 */
export function whyScheduleExpressionInvalid(expression: string): string | undefined {
  if (expression.length > 256) return `A schedule expression may have at most 256 characters (this one has ${expression.length}).`;
  const rate = /^rate\((.*)\)$/.exec(expression.trim());
  if (rate) return whyRateInvalid(rate[1]!.trim());
  const cron = /^cron\((.*)\)$/.exec(expression.trim());
  if (cron) return whyCronInvalid(cron[1]!.trim());
  return 'A schedule expression is rate(value unit), such as rate(5 minutes), or cron(fields), such as cron(0 12 * * ? *).';
}

const UNITS = ['minute', 'hour', 'day'];

function whyRateInvalid(body: string): string | undefined {
  const m = /^(\S+)\s+(\S+)$/.exec(body);
  if (!m) return `rate(${body}) needs a value and a unit, such as rate(5 minutes).`;
  const [, value, unit] = m as unknown as [string, string, string];
  if (!/^\d+$/.test(value) || Number(value) === 0) return `The rate value must be a positive whole number; "${value}" is not.`;
  const singular = unit.replace(/s$/, '');
  if (!UNITS.includes(singular)) return `The rate unit must be minute(s), hour(s) or day(s); "${unit}" is not.`;
  const one = Number(value) === 1;
  if (one && unit !== singular) return `With the value 1 the unit is singular: rate(1 ${singular}), not rate(1 ${unit}).`;
  if (!one && unit === singular) return `With a value over 1 the unit is plural: rate(${value} ${singular}s), not rate(${value} ${unit}).`;
  return undefined;
}

function whyCronInvalid(body: string): string | undefined {
  const fields = body.split(/\s+/).filter(Boolean);
  if (fields.length !== 6)
    return `A cron expression has six fields (minutes, hours, day-of-month, month, day-of-week, year); this one has ${fields.length}.`;
  const [, , dayOfMonth, , dayOfWeek] = fields as [string, string, string, string, string, string];
  // Lists (with ",") are left alone: published templates write "cron(5, 0, 1, *, ?, *)" and deploy it.
  if (dayOfMonth.includes(',') || dayOfWeek.includes(',')) return undefined;
  if (dayOfMonth !== '?' && dayOfWeek !== '?')
    return `Day-of-month (${dayOfMonth}) and day-of-week (${dayOfWeek}) cannot both be given: use ? in one of them, such as cron(0 12 * * ? *).`;
  return undefined;
}
