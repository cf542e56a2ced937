import { RESOURCE_TYPES } from '../../../template/types';
import { busOfRule } from '../../../graph/bus-of-rule';
import { DEFAULT_BUS_ID } from '../../../ops/connect-bus-to-rule';
import { setResourceProperty } from '../../../ops/set-property';
import { resourcePointer } from '../../pointer';
import { resourcesOfType } from '../../resources-of-type';
import type { ValidationRule } from '../../types';

const isDefault = (value: unknown) =>
  value === undefined || value === 'default' || (typeof value === 'string' && /:event-bus\/default$/.test(value));

export const scheduleOnDefaultBus: ValidationRule = {
  id: 'R-03',
  severity: 'error',
  title: 'Scheduled rules are on the default event bus',
  why: 'A ScheduleExpression is accepted only on the default bus; on a custom bus PutRule fails ("ScheduleExpression is supported only on the default event bus").',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-rule-schedule.html',
  check(ctx) {
    return resourcesOfType(ctx, RESOURCE_TYPES.rule).flatMap(([id, , p]) => {
      if (p.ScheduleExpression === undefined || isDefault(p.EventBusName)) return [];
      if (busOfRule(ctx.template, id) === DEFAULT_BUS_ID) return [];
      return [
        {
          resource: id,
          path: resourcePointer(id, 'Properties', 'ScheduleExpression'),
          message: `Rule ${id} has a schedule but listens on a custom bus; schedules run only on the default event bus.`,
          fix: { title: 'Put the rule on the default bus', apply: (t) => setResourceProperty(t, id, 'EventBusName', 'default') },
        },
      ];
    });
  },
};
