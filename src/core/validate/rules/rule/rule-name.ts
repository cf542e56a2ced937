import { checkRuleName } from '../../../template/names';
import { RESOURCE_TYPES } from '../../../template/types';
import { resourcePointer } from '../../pointer';
import { busOfRule } from '../../../graph/bus-of-rule';
import { resourcesOfType } from '../../resources-of-type';
import type { ValidationRule } from '../../types';

export const ruleName: ValidationRule = {
  id: 'R-01',
  severity: 'error',
  title: 'Rule names are valid (1-64 of A-Z a-z 0-9 . - _) and unique on their bus',
  why: 'PutRule refuses any other name, and a second rule with the same name on the same bus replaces or collides with the first, so the stack fails.',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html',
  check(ctx) {
    // The first rule (in template order) with each name on each bus: one pass, so a large template stays fast.
    const firstOnBus = new Map<string, string>();
    return resourcesOfType(ctx, RESOURCE_TYPES.rule).flatMap(([id, , p]) => {
      if (typeof p.Name !== 'string') return [];
      const why = checkRuleName(p.Name);
      const path = resourcePointer(id, 'Properties', 'Name');
      if (why) return [{ resource: id, path, message: `Rule name "${p.Name}": ${why}` }];
      // Report each later rule with a name an earlier rule on its bus has. Rules whose bus cannot be
      // known here (a parameter, another stack) are not compared: they may be on different buses.
      const bus = busOfRule(ctx.template, id);
      const key = `${bus ?? `?${id}`}\u0000${p.Name}`;
      const first = firstOnBus.get(key);
      if (!first) firstOnBus.set(key, id);
      return first
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
