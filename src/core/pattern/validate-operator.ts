import { InexactNumber } from './exact-number';
import { isPatternObject, type PatternJson as Json } from './pattern-json';
import { at, type PatternProblem } from './pattern-problem';
import { validateCidr } from './validate-cidr';
import { validateNumeric } from './validate-numeric';

const isString = (v: Json | undefined): v is string => typeof v === 'string';

/** `wildcard` values: no "**", and "\" only before "*" or "\". (eb-create-pattern-operators.html#eb-filtering-wildcard-matching) */
function wildcardProblem(value: string): string | undefined {
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '*' && value[i + 1] === '*') return `Consecutive wildcard characters at pos ${i + 1}`;
    if (value[i] === '\\') {
      if (value[i + 1] !== '*' && value[i + 1] !== '\\') return `Invalid escape character at pos ${i + 1}`;
      i++;
    }
  }
  return undefined;
}

function anythingBut(value: Json, p: string): PatternProblem[] {
  // Numbers a double cannot hold exactly cannot be compared (research/event-patterns.md §6.2).
  const inexact = (Array.isArray(value) ? value : [value]).find((v) => v instanceof InexactNumber);
  if (inexact instanceof InexactNumber) return [{ message: `Cannot compare number : ${inexact.text}`, pointer: p }];
  if (isString(value) || typeof value === 'number') return [];
  if (Array.isArray(value)) {
    if (value.some((v) => v === null || typeof v === 'boolean' || typeof v === 'object'))
      return [{ message: 'Inside anything but list, start|null|boolean is not supported.', pointer: p }];
    const allStrings = value.every(isString);
    const allNumbers = value.every((v) => typeof v === 'number');
    return value.length > 0 && (allStrings || allNumbers)
      ? []
      : [{ message: 'Inside anything but list, either all values are number or string, mixed type is not supported', pointer: p }];
  }
  if (!isPatternObject(value) || Object.keys(value).length === 0)
    return [{ message: 'Value of anything-but must be an array or single string/number value.', pointer: p }];
  if (Object.keys(value).length > 1) return [{ message: 'Too many elements in numeric expression', pointer: p }];
  const [op, arg] = Object.entries(value)[0]!;
  const q = at(p, op);
  switch (op) {
    case 'prefix':
    case 'suffix': {
      const list = Array.isArray(arg) ? arg : [arg];
      if (isPatternObject(arg)) return [{ message: 'Value of anything-but must be an array or single string/number value.', pointer: q }];
      if (!list.every(isString)) return [{ message: 'prefix/suffix match pattern must be a string', pointer: q }];
      return list.some((s) => s === '') || list.length === 0 ? [{ message: 'Null prefix/suffix not allowed', pointer: q }] : [];
    }
    case 'equals-ignore-case': {
      const list = Array.isArray(arg) ? arg : [arg];
      return list.every(isString)
        ? []
        : [{ message: 'Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.', pointer: q }];
    }
    case 'wildcard': {
      const list = Array.isArray(arg) ? arg : [arg];
      if (!list.every(isString)) return [{ message: 'wildcard match pattern must be a string', pointer: q }];
      return list.flatMap((s) => (wildcardProblem(s as string) ? [{ message: wildcardProblem(s as string)!, pointer: q }] : []));
    }
    default:
      return [{ message: `Unsupported anything-but pattern: ${op}`, pointer: q }];
  }
}

/**
 * One operator object of a value list, such as {"prefix": "a"}: exactly one known, lowercase
 * operator with a value of the right type.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html
 */
export function validateOperator(matcher: Record<string, Json>, p: string): PatternProblem[] {
  const keys = Object.keys(matcher);
  if (keys.length === 0) return [{ message: 'Match expression name not found', pointer: p }];
  if (keys.length > 1)
    return [
      {
        message: keys.includes('anything-but') ? 'Too many elements in numeric expression' : 'Only one key allowed in match expression',
        pointer: p,
      },
    ];
  const op = keys[0]!;
  const value = matcher[op]!;
  const q = at(p, op);
  switch (op) {
    case 'prefix':
    case 'suffix':
      if (isString(value)) return [];
      if (isPatternObject(value)) {
        const [inner] = Object.keys(value);
        if (Object.keys(value).length > 1) return [{ message: 'Only one key allowed in match expression', pointer: q }];
        if (inner === 'equals-ignore-case')
          return isString(value[inner]) ? [] : [{ message: 'equals-ignore-case match pattern must be a string', pointer: q }];
        return [{ message: `Unsupported ${op} pattern: ${inner ?? ''}`, pointer: q }];
      }
      return [{ message: `${op} match pattern must be a string`, pointer: q }];
    case 'equals-ignore-case':
      return isString(value) ? [] : [{ message: 'equals-ignore-case match pattern must be a string', pointer: q }];
    case 'wildcard': {
      if (!isString(value)) return [{ message: 'wildcard match pattern must be a string', pointer: q }];
      const problem = wildcardProblem(value);
      return problem ? [{ message: problem, pointer: q }] : [];
    }
    case 'exactly':
      return isString(value) ? [] : [{ message: 'exact match pattern must be a string', pointer: q }];
    case 'exists':
      return typeof value === 'boolean' ? [] : [{ message: 'exists match pattern must be either true or false.', pointer: q }];
    case 'anything-but':
      return anythingBut(value, q);
    case 'numeric':
      return validateNumeric(value, q);
    case 'cidr':
      return isString(value) ? validateCidr(value, q) : [{ message: 'prefix match pattern must be a string', pointer: q }];
    default:
      return [{ message: `Unrecognized match type ${op}`, pointer: q }];
  }
}
