import { InexactNumber } from './exact-number';
import { isPatternObject, type PatternJson as Json, type PatternObject as JsonObject } from './pattern-json';
import { at, type PatternProblem } from './pattern-problem';
import { validateOperator } from './validate-operator';

/** An event pattern may be at most 4,096 characters. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html */
export const MAX_PATTERN_LENGTH = 4096;

// Field names event-ruler reserves inside $or branches (Constants.RESERVED_FIELD_NAMES_IN_OR_RELATIONSHIP).
const RESERVED_IN_OR = new Set([
  'anything-but',
  'exists',
  'prefix',
  'suffix',
  'equals-ignore-case',
  'numeric',
  'cidr',
  'wildcard',
  '=',
  '<',
  '>',
  '<=',
  '>=',
  'exactly',
  'regex',
  'date-after',
  'date-before',
  'date-equals',
]);

function validateObject(object: JsonObject, p: string, inOr: boolean, depth: number): PatternProblem[] {
  if (depth > 100) return [{ message: 'The pattern is nested too deeply.', pointer: p }];
  const keys = Object.keys(object);
  if (keys.length === 0) return [{ message: 'Empty objects are not allowed', pointer: p }];
  return keys.flatMap((key) => {
    const value = object[key]!;
    const q = at(p, key);
    if (key === '$or') return validateOr(value, q, depth);
    if (inOr && RESERVED_IN_OR.has(key))
      return [{ message: `${key} is Ruler reserved fieldName which cannot be used inside $or.`, pointer: q }];
    if (isPatternObject(value)) return validateObject(value, q, inOr, depth + 1);
    if (Array.isArray(value)) return validateValueList(value, q);
    return [{ message: `"${key}" must be an object or an array`, pointer: q }];
  });
}

function validateOr(value: Json, p: string, depth: number): PatternProblem[] {
  if (!Array.isArray(value)) return [{ message: 'It must be an Array followed with $or.', pointer: p }];
  const branches = value.flatMap((branch, i) =>
    isPatternObject(branch)
      ? validateObject(branch, at(p, i), true, depth + 1)
      : [{ message: 'Only JSON object is allowed in array of $or relationship.', pointer: at(p, i) }],
  );
  if (branches.length > 0) return branches;
  return value.length < 2 ? [{ message: 'There must have at least 2 Objects in $or relationship.', pointer: p }] : [];
}

/** How many plain rules the $or clauses expand to: the branches of one $or add up, separate $or clauses multiply. */
function combinations(object: JsonObject): number {
  let total = 1;
  for (const [key, value] of Object.entries(object)) {
    if (key === '$or' && Array.isArray(value))
      total *= value.reduce<number>((sum, b) => sum + (isPatternObject(b) ? combinations(b) : 1), 0);
    else if (isPatternObject(value)) total *= combinations(value);
    if (total > 1e6) return total;
  }
  return total;
}

/** At most 1,000 rule combinations from $or. https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html#eb-filtering-complex-example-or */
const MAX_COMBINATIONS = 1000;

function validateValueList(list: Json[], p: string): PatternProblem[] {
  if (list.length === 0) return [{ message: 'Empty arrays are not allowed', pointer: p }];
  return list.flatMap((matcher, i) => {
    if (matcher === null || typeof matcher !== 'object' || matcher instanceof InexactNumber) return [];
    if (Array.isArray(matcher)) return [{ message: 'Match value must be String, number, true, false, or null', pointer: at(p, i) }];
    return validateOperator(matcher, at(p, i));
  });
}

/**
 * Why an event pattern is not valid, each reason with its place in the pattern; none when it is
 * valid. Messages are EventBridge's own ("Event pattern is not valid. Reason: ...").
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html
 */
export function validatePattern(pattern: unknown): PatternProblem[] {
  if (!isPatternObject(pattern)) return [{ message: 'Filter is not an object', pointer: '' }];
  const length = JSON.stringify(pattern).length;
  const tooLong: PatternProblem[] =
    length > MAX_PATTERN_LENGTH
      ? [{ message: `The pattern is ${length} characters long; EventBridge accepts at most ${MAX_PATTERN_LENGTH}.`, pointer: '' }]
      : [];
  const problems = [...tooLong, ...validateObject(pattern, '', false, 0)];
  if (problems.length > 0) return problems;
  const combos = combinations(pattern);
  return combos > MAX_COMBINATIONS
    ? [{ message: `The $or clauses expand to ${combos} rule combinations; EventBridge accepts at most ${MAX_COMBINATIONS}.`, pointer: '' }]
    : [];
}
