import { at } from './pattern-problem';
import { isPatternObject, type PatternJson, type PatternObject } from './pattern-json';

/** One condition of a pattern: the values allowed at a dot-joined event path. */
export interface PatternField {
  path: string;
  matchers: PatternJson[];
  /** JSON pointer to the value list in the pattern. */
  pointer: string;
}

/** Beyond this many combinations EventBridge refuses the pattern; stop expanding there. */
const MAX_COMBINATIONS = 1000;

/**
 * Every choice on the left with every choice on the right. A field a later key names again (a $or
 * branch naming a field its parent names) replaces the earlier one, as in the matcher EventBridge
 * uses (event-ruler JsonRuleCompilerTest.testWithRuleOverride) and as repeated JSON keys do.
 */
function crossProduct(left: PatternField[][], right: PatternField[][]): PatternField[][] {
  const out: PatternField[][] = [];
  for (const l of left)
    for (const r of right) if (out.length < MAX_COMBINATIONS) out.push([...l.filter((f) => !r.some((g) => g.path === f.path)), ...r]);
  return out;
}

function expandObject(object: PatternObject, path: string, pointer: string): PatternField[][] {
  let result: PatternField[][] = [[]];
  for (const [key, value] of Object.entries(object)) {
    const here = at(pointer, key);
    let choices: PatternField[][];
    if (key === '$or' && Array.isArray(value))
      choices = value.flatMap((branch, i) => (isPatternObject(branch) ? expandObject(branch, path, at(here, i)) : []));
    else {
      const childPath = path === '' ? key : `${path}.${key}`;
      if (isPatternObject(value)) choices = expandObject(value, childPath, here);
      else choices = [[{ path: childPath, matchers: Array.isArray(value) ? value : [value], pointer: here }]];
    }
    result = crossProduct(result, choices);
  }
  return result;
}

/**
 * A valid pattern as the plain conjunctions it stands for: each $or is a choice of branches, so the
 * pattern matches when any combination of choices matches (every field of it).
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html#eb-filtering-complex-example-or
 */
export function expandPattern(pattern: PatternObject): PatternField[][] {
  return expandObject(pattern, '', '');
}
