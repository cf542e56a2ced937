import { RESOURCE_TYPES } from '../../../template/types';
import { setResourceProperty } from '../../../ops/set-property';
import { resourcePointer } from '../../pointer';
import { resourcesOfType } from '../../resources-of-type';
import type { ValidationRule } from '../../types';

export const disabledRule: ValidationRule = {
  id: 'R-05',
  severity: 'info',
  title: 'A disabled rule matches no events',
  why: 'With State DISABLED, EventBridge does not match events against the rule, so none of its targets is invoked.',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html',
  check(ctx) {
    return resourcesOfType(ctx, RESOURCE_TYPES.rule).flatMap(([id, , p]) =>
      p.State === 'DISABLED'
        ? [
            {
              resource: id,
              path: resourcePointer(id, 'Properties', 'State'),
              message: `Rule ${id} is disabled: it matches no events until it is enabled.`,
              fix: { title: 'Enable the rule', apply: (t) => setResourceProperty(t, id, 'State', 'ENABLED') },
            },
          ]
        : [],
    );
  },
};
