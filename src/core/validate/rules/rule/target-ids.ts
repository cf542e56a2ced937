import { checkTargetId } from '../../../template/names';
import { RESOURCE_TYPES } from '../../../template/types';
import { resourcePointer } from '../../pointer';
import { resourcesOfType, targetsWithIndex } from '../../resources-of-type';
import type { Finding, ValidationRule } from '../../types';

export const targetIds: ValidationRule = {
  id: 'TGT-13',
  severity: 'error',
  title: 'Target IDs are valid and unique within a rule',
  why: 'PutTargets refuses a target without an Id, an Id outside [.-_A-Za-z0-9]{1,64}, or two targets of one rule with the same Id.',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html',
  check(ctx) {
    return resourcesOfType(ctx, RESOURCE_TYPES.rule).flatMap(([id, , p]) => {
      const seen = new Set<string>();
      const found: Finding[] = [];
      for (const [i, t] of targetsWithIndex(p)) {
        const path = resourcePointer(id, 'Properties', 'Targets', i, 'Id');
        if (typeof t.Id !== 'string') {
          found.push({
            resource: id,
            path: resourcePointer(id, 'Properties', 'Targets', i),
            message: `Target ${i + 1} of ${id} has no Id.`,
          });
          continue;
        }
        const why = checkTargetId(t.Id);
        if (why) found.push({ resource: id, path, message: `Target ID "${t.Id}": ${why}` });
        else if (seen.has(t.Id))
          found.push({
            resource: id,
            path,
            message: `Two targets of ${id} have the ID "${t.Id}"; target IDs must be unique within a rule.`,
          });
        seen.add(t.Id);
      }
      return found;
    });
  },
};
