import { maxTargets } from './max-targets';
import { testRuleWithFixtures } from '../../fixtures.test-helper';

testRuleWithFixtures(maxTargets, import.meta.url, {
  'bad.json': [{ path: '/Resources/Fanout/Properties/Targets', resource: 'Fanout', message: /has 6 targets \(a, b, c, d, e, f\)/ }],
});
