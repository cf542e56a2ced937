import { checkRuleName } from '../../../template/names';
import { RESOURCE_TYPES } from '../../../template/types';
import { resourcePointer } from '../../pointer';
import { nameTakenBy } from '../../../ops/name-taken';
import { resourcesOfType } from '../../resources-of-type';
import type { ValidationRule } from '../../types';

export const ruleName: ValidationRule = {
  id: 'R-01',
  severity: 'error',
  title: 'Rule names are valid (1-64 of A-Z a-z 0-9 . - _) and unique on their bus',
  why: 'PutRule refuses any other name, and a second rule with the same name on the same bus replaces or collides with the first, so the stack fails.',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html',
  check(ctx) {
    return resourcesOfType(ctx, RESOURCE_TYPES.rule).flatMap(([id, , p]) => {
      if (typeof p.Name !== 'string') return [];
      const why = checkRuleName(p.Name);
      const path = resourcePointer(id, 'Properties', 'Name');
      if (why) return [{ resource: id, path, message: `Rule name "${p.Name}": ${why}` }];
      // Report the second of two rules with one name, once.
      const first = nameTakenBy(ctx.template, id, 'Name', p.Name);
      const ids = Object.keys(ctx.resources);
      return first && ids.indexOf(first) < ids.indexOf(id)
        ? [
            {
              resource: id,
              path,
              message: `Rules ${first} and ${id} are both named "${p.Name}" on the same event bus; rule names must be unique per bus.`,
            },
          ]
        : [];
    });
  },
};
