import { RESOURCE_TYPES } from '../../../template/types';
import { resourcePointer } from '../../pointer';
import { resourcesOfType } from '../../resources-of-type';
import type { ValidationRule } from '../../types';

export const patternOrSchedule: ValidationRule = {
  id: 'R-02',
  severity: 'error',
  title: 'A rule has an event pattern or a schedule',
  why: 'EventBridge refuses a rule with neither ("Parameter(s) EventPattern or ScheduleExpression must be specified").',
  source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-events-rule.html',
  check(ctx) {
    return resourcesOfType(ctx, RESOURCE_TYPES.rule).flatMap(([id, , p]) =>
      p.EventPattern === undefined && p.ScheduleExpression === undefined
        ? [
            {
              resource: id,
              path: resourcePointer(id, 'Properties'),
              message: `Rule ${id} has neither an EventPattern nor a ScheduleExpression, so it can never run.`,
            },
          ]
        : [],
    );
  },
};
