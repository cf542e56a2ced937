import { InexactNumber } from './exact-number';
import type { EventLeaf } from './flatten-event';
import { endsWithIgnoreCase, equalsIgnoreCase, startsWithIgnoreCase } from './ignore-case';
import { inCidr, parseIpAddress } from './ip-address';
import { isPatternNumber, isPatternObject, numberText, type PatternJson, type PatternObject } from './pattern-json';
import { matchesWildcard } from './wildcard';

// Semantics: https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html
// and research/event-patterns.md §3.4 (no type coercion) and §4 (each operator), checked against
// the conformance cases in shared/conformance.

type Leaf = EventLeaf['value'];

/** Numbers compare by value when both are exact doubles (300 = 300.0 = 3e2), else by their text (§6.1). */
function sameNumber(a: number | InexactNumber, b: number | InexactNumber): boolean {
  return typeof a === 'number' && typeof b === 'number' ? a === b : numberText(a) === numberText(b);
}

/**
 * The matcher EventBridge uses reads an exact string that is an IP address as that address, so
 * "2001:db8::1" also matches "2001:0db8:0:0:0:0:0:1" (event-ruler; not shown on AWS itself, but
 * the conformance cases hold it, and the two strings name the same address).
 */
function sameAddress(a: string, b: string): boolean {
  const x = parseIpAddress(a);
  const y = x && parseIpAddress(b);
  return x !== undefined && y !== undefined && x.family === y.family && x.value === y.value;
}

function sameValue(matcher: PatternJson, value: Leaf): boolean {
  if (isPatternNumber(matcher)) return isPatternNumber(value) && sameNumber(matcher, value);
  if (typeof matcher === 'string' && typeof value === 'string' && matcher !== value) return sameAddress(matcher, value);
  return matcher === value;
}

const asList = (value: PatternJson): PatternJson[] => (Array.isArray(value) ? value : [value]);
const strings = (value: PatternJson): string[] => asList(value).filter((v): v is string => typeof v === 'string');

function numericHolds(condition: PatternJson[], value: Leaf): boolean {
  // Only JSON numbers a double holds exactly can be compared (§6.2): "5", null and true never match.
  if (typeof value !== 'number') return false;
  for (let i = 0; i + 1 < condition.length; i += 2) {
    const op = condition[i];
    const bound = condition[i + 1];
    if (typeof bound !== 'number') return false;
    const holds =
      op === '='
        ? value === bound
        : op === '<'
          ? value < bound
          : op === '<='
            ? value <= bound
            : op === '>'
              ? value > bound
              : op === '>='
                ? value >= bound
                : false;
    if (!holds) return false;
  }
  return true;
}

/** `anything-but`: true when the value is present and not excluded; other types are not excluded (§4.7). */
function anythingBut(excluded: PatternJson, value: Leaf): boolean {
  if (isPatternObject(excluded)) {
    const [op, arg] = Object.entries(excluded)[0] ?? [];
    if (typeof value !== 'string' || arg === undefined) return true;
    const list = strings(arg);
    if (op === 'prefix') return !list.some((p) => value.startsWith(p));
    if (op === 'suffix') return !list.some((s) => value.endsWith(s));
    if (op === 'equals-ignore-case') return !list.some((s) => equalsIgnoreCase(s, value));
    if (op === 'wildcard') return !list.some((w) => matchesWildcard(w, value));
    return true;
  }
  const list = asList(excluded);
  if (isPatternNumber(value)) {
    // A number the matcher cannot compare satisfies no numeric condition (§6.2).
    if (value instanceof InexactNumber && list.some(isPatternNumber)) return false;
    return !list.some((n) => isPatternNumber(n) && sameNumber(n, value));
  }
  return !list.some((s) => s === value);
}

function operatorHolds(operator: PatternObject, value: Leaf): boolean {
  const [op, arg] = Object.entries(operator)[0] ?? [];
  if (arg === undefined) return false;
  switch (op) {
    case 'exists':
      return arg === true;
    case 'anything-but':
      return anythingBut(arg, value);
    case 'numeric':
      return Array.isArray(arg) && numericHolds(arg, value);
  }
  if (typeof value !== 'string') return false;
  const ignoreCase = isPatternObject(arg) && typeof arg['equals-ignore-case'] === 'string' ? arg['equals-ignore-case'] : undefined;
  switch (op) {
    case 'prefix':
      return ignoreCase !== undefined ? startsWithIgnoreCase(ignoreCase, value) : typeof arg === 'string' && value.startsWith(arg);
    case 'suffix':
      return ignoreCase !== undefined ? endsWithIgnoreCase(ignoreCase, value) : typeof arg === 'string' && value.endsWith(arg);
    case 'equals-ignore-case':
      return typeof arg === 'string' && equalsIgnoreCase(arg, value);
    case 'wildcard':
      return typeof arg === 'string' && matchesWildcard(arg, value);
    case 'exactly':
      return arg === value;
    case 'cidr': {
      const address = parseIpAddress(value);
      return typeof arg === 'string' && address !== undefined && inCidr(address, arg);
    }
    default:
      return false;
  }
}

/** Whether one event value satisfies one element of a pattern's value list. */
export function matcherHolds(matcher: PatternJson, value: Leaf): boolean {
  return isPatternObject(matcher) ? operatorHolds(matcher, value) : sameValue(matcher, value);
}

/** `{"exists": false}`: satisfied by the field having no value anywhere in the event (§4.9). */
export const isExistsFalse = (matcher: PatternJson) => isPatternObject(matcher) && matcher.exists === false;
