import { RESOURCE_TYPES } from '../../../template/types';
import { validatePattern } from '../../../pattern/validate-pattern';
import { resourcePointer } from '../../pointer';
import { resourcesOfType } from '../../resources-of-type';
import type { Finding, ValidationRule } from '../../types';

export const eventPattern: ValidationRule = {
  id: 'R-07',
  severity: 'error',
  title: 'The event pattern is valid',
  why: 'EventBridge refuses a rule whose pattern breaks its grammar (values must be non-empty arrays, operators known and well typed, $or with two or more branches, at most 4,096 characters): "Event pattern is not valid".',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html',
  check(ctx) {
    return resourcesOfType(ctx, RESOURCE_TYPES.rule).flatMap(([id, , p]): Finding[] => {
      const raw = p.EventPattern;
      if (
        raw === undefined ||
        (raw !== null &&
          typeof raw === 'object' &&
          !Array.isArray(raw) &&
          Object.keys(raw).length === 1 &&
          /^(Ref|Fn::)/.test(Object.keys(raw)[0]!))
      )
        return [];
      const base = resourcePointer(id, 'Properties', 'EventPattern');
      let pattern: unknown = raw;
      if (typeof raw === 'string') {
        try {
          pattern = JSON.parse(raw);
        } catch (e) {
          return [{ resource: id, path: base, message: `The event pattern of ${id} is not valid JSON: ${(e as Error).message}` }];
        }
      }
      // A pattern given as a JSON string has no pointer inside the template: point at the property.
      return validatePattern(pattern).map((problem) => ({
        resource: id,
        path: typeof raw === 'string' ? base : `${base}${problem.pointer}`,
        message: `Event pattern is not valid: ${problem.message}${typeof raw === 'string' && problem.pointer ? ` (at ${problem.pointer})` : ''}`,
      }));
    });
  },
};
