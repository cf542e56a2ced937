import { RESOURCE_TYPES } from '../../../template/types';
import { resourcePointer } from '../../pointer';
import { resourcesOfType } from '../../resources-of-type';
import type { ValidationRule } from '../../types';
import { whyScheduleExpressionInvalid } from '../../../schedule/schedule-expression';

export const scheduleExpression: ValidationRule = {
  id: 'R-08',
  severity: 'error',
  title: 'A schedule expression is a valid rate or cron expression',
  why: 'EventBridge refuses the rule (PutRule: "Parameter ScheduleExpression is not valid"), so the stack fails to create it.',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rate-expressions.html',
  check(ctx) {
    // Only literal text is judged: an expression built with intrinsics or parameters is known at deploy time.
    return resourcesOfType(ctx, RESOURCE_TYPES.rule).flatMap(([id, , p]) => {
      const expression = p.ScheduleExpression;
      if (typeof expression !== 'string') return [];
      const why = whyScheduleExpressionInvalid(expression);
      return why ? [{ resource: id, path: resourcePointer(id, 'Properties', 'ScheduleExpression'), message: `Rule ${id}: ${why}` }] : [];
    });
  },
};
