import { checkRuleName } from '../../../template/names';
import { RESOURCE_TYPES } from '../../../template/types';
import { resourcePointer } from '../../pointer';
import { resourcesOfType } from '../../resources-of-type';
import type { ValidationRule } from '../../types';

export const ruleName: ValidationRule = {
  id: 'R-01',
  severity: 'error',
  title: 'Rule names are 1-64 letters, digits, ".", "-" or "_"',
  why: 'PutRule refuses any other name, so the stack fails to create the rule.',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html',
  check(ctx) {
    return resourcesOfType(ctx, RESOURCE_TYPES.rule).flatMap(([id, , p]) => {
      if (typeof p.Name !== 'string') return [];
      const why = checkRuleName(p.Name);
      return why ? [{ resource: id, path: resourcePointer(id, 'Properties', 'Name'), message: `Rule name "${p.Name}": ${why}` }] : [];
    });
  },
};
