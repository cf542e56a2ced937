import type { ValidationRule } from '../../types';
import { ruleName } from './rule-name';
import { patternOrSchedule } from './pattern-or-schedule';
import { scheduleOnDefaultBus } from './schedule-on-default-bus';
import { disabledRule } from './disabled-rule';
import { targetIds } from './target-ids';
import { busName } from './bus-name';
import { eventPattern } from './event-pattern';
import { scheduleExpression } from './schedule-expression';

/** Rules about rules and buses themselves (ids R-*, BUS-*, TGT-13). */
export const RULE_RULES: readonly ValidationRule[] = [
  ruleName,
  patternOrSchedule,
  eventPattern,
  scheduleExpression,
  scheduleOnDefaultBus,
  disabledRule,
  targetIds,
  busName,
];
