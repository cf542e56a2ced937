import { isJsonObject } from '../../../template/json';
import { RESOURCE_TYPES } from '../../../template/types';
import { propertiesOf } from '../../../template/resources';
import { resourcePointer } from '../../pointer';
import type { ValidationRule } from '../../types';

const LIMIT = 5;

export const maxTargets: ValidationRule = {
  id: 'TGT-14',
  severity: 'error',
  title: 'A rule has at most five targets',
  why: 'PutTargets refuses a sixth target, so the stack fails to create or update the rule.',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html',
  check({ resources }) {
    return Object.entries(resources).flatMap(([id, r]) => {
      const targets = propertiesOf(r).Targets;
      if (r.Type !== RESOURCE_TYPES.rule || !Array.isArray(targets) || targets.length <= LIMIT) return [];
      const names = targets.map((t) => (isJsonObject(t) && typeof t.Id === 'string' ? t.Id : '?'));
      return [
        {
          resource: id,
          path: resourcePointer(id, 'Properties', 'Targets'),
          message: `Rule ${id} has ${targets.length} targets (${names.join(', ')}); a rule can have at most ${LIMIT}. Split them across two rules with the same pattern.`,
        },
      ];
    });
  },
};
