import { testRuleWithFixtures } from '../../fixtures.test-helper';
import { scheduleExpression } from './schedule-expression';
import { ruleName } from './rule-name';
import { patternOrSchedule } from './pattern-or-schedule';
import { scheduleOnDefaultBus } from './schedule-on-default-bus';
import { disabledRule } from './disabled-rule';
import { targetIds } from './target-ids';
import { busName } from './bus-name';
import { eventPattern } from './event-pattern';

const url = import.meta.url;

testRuleWithFixtures(ruleName, url, {
  'bad.json': [
    {
      path: '/Resources/Rule/Properties/Name',
      resource: 'Rule',
      message: 'Rule name "orders rule!": A rule name may contain only letters, digits, ".", "-" and "_".',
    },
    {
      path: '/Resources/Twin2/Properties/Name',
      resource: 'Twin2',
      message: 'Rules Twin1 and Twin2 are both named "orders" on the same event bus; rule names must be unique per bus.',
    },
  ],
});
testRuleWithFixtures(patternOrSchedule, url, {
  'bad.json': [{ path: '/Resources/Rule/Properties', resource: 'Rule', message: /neither an EventPattern nor a ScheduleExpression/ }],
});
testRuleWithFixtures(scheduleOnDefaultBus, url, {
  'bad.json': [
    {
      path: '/Resources/Nightly/Properties/ScheduleExpression',
      resource: 'Nightly',
      message: /schedules run only on the default event bus/,
    },
  ],
});
testRuleWithFixtures(disabledRule, url, {
  'bad.json': [{ path: '/Resources/Rule/Properties/State', resource: 'Rule', message: /disabled/ }],
});
testRuleWithFixtures(targetIds, url, {
  'bad.json': [
    { path: '/Resources/Rule/Properties/Targets/1/Id', resource: 'Rule', message: /must be unique/ },
    { path: '/Resources/Rule/Properties/Targets/2/Id', resource: 'Rule', message: /may contain only/ },
    { path: '/Resources/Rule/Properties/Targets/3', resource: 'Rule', message: 'Target 4 of Rule has no Id.' },
  ],
  // Ids written with intrinsic functions are judged by what they give once deployed, when that is known.
  'bad-intrinsic-ids.json': [
    {
      path: '/Resources/Rule/Properties/Targets/1/Id',
      resource: 'Rule',
      message: 'Two targets of Rule have the ID {"Ref":"TargetId"}; target IDs must be unique within a rule.',
    },
    { path: '/Resources/Rule/Properties/Targets/2/Id', resource: 'Rule', message: /^Target ID "orders target": .*may contain only/ },
  ],
});
testRuleWithFixtures(busName, url, {
  'bad.json': [{ path: '/Resources/Bus/Properties/Name', resource: 'Bus', message: /cannot be named "default"/ }],
});
testRuleWithFixtures(eventPattern, url, {
  'bad.json': [
    {
      path: '/Resources/Empty/Properties/EventPattern/source',
      resource: 'Empty',
      message: 'Event pattern is not valid: Empty arrays are not allowed',
    },
    {
      path: '/Resources/Numeric/Properties/EventPattern/detail/size/0/numeric/2',
      resource: 'Numeric',
      message: 'Event pattern is not valid: Bad numeric range operator: >',
    },
    {
      path: '/Resources/Scalar/Properties/EventPattern/source',
      resource: 'Scalar',
      message: 'Event pattern is not valid: "source" must be an object or an array',
    },
    { path: '/Resources/Text/Properties/EventPattern', resource: 'Text', message: /^The event pattern of Text is not valid JSON/ },
  ],
});

testRuleWithFixtures(scheduleExpression, url, {
  'bad-plural-one.json': [
    { path: '/Resources/Hourly/Properties/ScheduleExpression', resource: 'Hourly', message: /rate\(1 hour\), not rate\(1 hours\)/ },
  ],
  'bad-cron-both-days.json': [
    { path: '/Resources/Monday/Properties/ScheduleExpression', resource: 'Monday', message: /cannot both be given/ },
  ],
});
