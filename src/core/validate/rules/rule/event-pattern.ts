import { RESOURCE_TYPES } from '../../../template/types';
import { patternOfRule } from '../../../resolve/pattern-of-rule';
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
    // Intrinsic functions inside the pattern are resolved first (CloudFormation replaces them before
    // EventBridge reads the pattern); one that is known only once deployed stands in as a string.
    const a = ctx.assignments[0]!;
    return resourcesOfType(ctx, RESOURCE_TYPES.rule).flatMap(([id]): Finding[] => {
      const result = patternOfRule(ctx.template, id, a);
      if (result.kind !== 'invalid') return [];
      const base = resourcePointer(id, 'Properties', 'EventPattern');
      // A pattern given as a JSON string has no pointer inside the template: point at the property.
      return result.problems.map((problem) => ({
        resource: id,
        path: result.fromText ? base : `${base}${problem.pointer}`,
        message:
          problem.offset !== undefined
            ? `The event pattern of ${id} is not valid JSON: ${problem.message}`
            : `Event pattern is not valid: ${problem.message}${result.fromText && problem.pointer ? ` (at ${problem.pointer})` : ''}`,
      }));
    });
  },
};
