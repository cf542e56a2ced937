import { isJsonObject, type Json, type JsonObject } from '../template/json';
import { wildcardMatch } from './wildcard';

export type Resolve = (value: Json) => string | undefined;

type Tri = boolean | undefined;

/** Compares one context value with one policy value under a condition operator; undefined if unsupported. */
function compare(operator: string, actual: string, expected: string): Tri {
  switch (operator) {
    case 'StringEquals':
    case 'ArnEquals':
      return actual === expected;
    case 'StringEqualsIgnoreCase':
      return actual.toLowerCase() === expected.toLowerCase();
    case 'StringLike':
    case 'ArnLike':
      return wildcardMatch(expected, actual);
    default:
      return undefined;
  }
}

const NEGATED: Record<string, string> = {
  StringNotEquals: 'StringEquals',
  StringNotEqualsIgnoreCase: 'StringEqualsIgnoreCase',
  StringNotLike: 'StringLike',
  ArnNotEquals: 'ArnEquals',
  ArnNotLike: 'ArnLike',
};

/**
 * Whether a statement's Condition block holds for a request's context keys: every operator and
 * every key must hold; a key matches when any listed value matches. Keys compare without case.
 * Operators the evaluator does not know make the answer undefined (cannot tell), never false.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
export function conditionHolds(condition: JsonObject | undefined, context: Record<string, string>, resolve: Resolve): Tri {
  if (!condition) return true;
  const keys = new Map(Object.entries(context).map(([k, v]) => [k.toLowerCase(), v]));
  let unknown = false;
  for (const [rawOperator, block] of Object.entries(condition)) {
    if (!isJsonObject(block)) return undefined;
    const operator = rawOperator.replace(/^(ForAnyValue|ForAllValues):/, '');
    const ifExists = operator.endsWith('IfExists');
    const base = ifExists ? operator.slice(0, -'IfExists'.length) : operator;
    for (const [key, expectedRaw] of Object.entries(block)) {
      const actual = keys.get(key.toLowerCase());
      const expected = (Array.isArray(expectedRaw) ? expectedRaw : [expectedRaw]).map((v: Json) => resolve(v));
      let result: Tri;
      if (base === 'Null') {
        const wantsNull = expected[0] === 'true';
        result = wantsNull === (actual === undefined);
      } else if (actual === undefined) {
        result = ifExists || base in NEGATED ? true : false;
      } else if (expected.some((e) => e === undefined)) {
        result = undefined;
      } else if (base in NEGATED) {
        const matches = expected.map((e) => compare(NEGATED[base]!, actual, e!));
        result = matches.some((m) => m === undefined) ? undefined : !matches.some(Boolean);
      } else {
        const matches = expected.map((e) => compare(base, actual, e!));
        result = matches.some((m) => m === true) ? true : matches.some((m) => m === undefined) ? undefined : false;
      }
      if (result === false) return false;
      if (result === undefined) unknown = true;
    }
  }
  return unknown ? undefined : true;
}
