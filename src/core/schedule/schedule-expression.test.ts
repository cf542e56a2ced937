import { describe, expect, it } from 'vitest';
import { whyScheduleExpressionInvalid } from './schedule-expression';

describe('whyScheduleExpressionInvalid', () => {
  it.each([
    'rate(1 minute)',
    'rate(5 minutes)',
    'rate(1 hour)',
    'rate(1 day)',
    'rate(12 hours)',
    'cron(0 12 * * ? *)',
    'cron(0/15 * ? * MON-FRI *)',
  ])('accepts %s, as the EventBridge guide does', (e) => expect(whyScheduleExpressionInvalid(e)).toBeUndefined());
  it.each([
    ['rate(1 hours)', /value 1 the unit is singular: rate\(1 hour\)/],
    ['rate(5 hour)', /plural: rate\(5 hours\)/],
    ['rate(0 minutes)', /positive whole number/],
    ['rate(1.5 hours)', /positive whole number/],
    ['rate(5 weeks)', /minute\(s\), hour\(s\) or day\(s\)/],
    ['rate(5)', /needs a value and a unit/],
    ['cron(0 12 * * *)', /six fields .* has 5/],
    ['cron(0 12 1 * MON *)', /cannot both be given/],
    ['every day', /rate\(value unit\)/],
  ])('refuses %s with the reason', (e, why) => expect(whyScheduleExpressionInvalid(e)).toMatch(why));
});
