import { testRuleWithFixtures } from '../../fixtures.test-helper';
import { inputExclusive } from './input-exclusive';
import { inputLimits } from './input-limits';
import { inputTransformer } from './input-transformer';
import { retryPolicy } from './retry-policy';

const url = import.meta.url;
const T = '/Resources/Rule/Properties/Targets';

testRuleWithFixtures(inputExclusive, url, {
  'bad.json': [
    {
      path: `${T}/0`,
      resource: 'Rule',
      message:
        'Target "both" of Rule sets Input and InputTransformer; a target takes at most one of Input, InputPath and InputTransformer.',
    },
  ],
});
testRuleWithFixtures(inputLimits, url, {
  'bad.json': [
    { path: `${T}/0/Input`, resource: 'Rule', message: /not valid JSON text/ },
    { path: `${T}/1/InputPath`, resource: 'Rule', message: /"detail\.state", is not a JSON path/ },
    { path: `${T}/2/Input`, resource: 'Rule', message: /has 8202 characters; EventBridge accepts at most 8192/ },
  ],
});
testRuleWithFixtures(inputTransformer, url, {
  'bad.json': [
    { path: `${T}/0/InputTransformer/InputPathsMap/instance`, resource: 'Rule', message: /not a JSON path in dot notation/ },
    { path: `${T}/1/InputTransformer/InputPathsMap/aws.events.rule-name`, resource: 'Rule', message: /reserved/ },
    {
      path: `${T}/1/InputTransformer/InputTemplate`,
      resource: 'Rule',
      message: /uses <state> in InputTemplate, but InputPathsMap does not define it/,
    },
    { path: `${T}/2/InputTransformer`, resource: 'Rule', message: /has no InputTemplate/ },
  ],
});
testRuleWithFixtures(retryPolicy, url, {
  'bad.json': [
    {
      path: `${T}/0/RetryPolicy/MaximumEventAgeInSeconds`,
      resource: 'Rule',
      message: /is 30; it must be a whole number of seconds from 60 to 86400/,
    },
    {
      path: `${T}/0/RetryPolicy/MaximumRetryAttempts`,
      resource: 'Rule',
      message: /is 200; it must be a whole number of attempts from 0 to 185/,
    },
  ],
});
