import { InexactNumber } from './exact-number';
import type { PatternJson as Json } from './pattern-json';
import { at, type PatternProblem } from './pattern-problem';

const SINGLE = new Set(['=', '<', '<=', '>', '>=']);

/** A JSON number that a double holds exactly enough for EventBridge: finite, within ±5e9 precision rules left to the matcher. */
function isNumber(v: Json | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * `numeric`: [op, n] or [">"|">=", low, "<"|"<=", high] with low < high.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html#eb-filtering-numeric-matching
 */
export function validateNumeric(value: Json, p: string): PatternProblem[] {
  if (!Array.isArray(value)) return [{ message: 'Value of numeric must be an array.', pointer: p }];
  const problem = (message: string, i = -1) => [{ message, pointer: i < 0 ? p : at(p, i) }];
  if (value.length === 0) return problem('Invalid member in numeric match: ]');
  if (value.length > 4) return problem('Too many terms in numeric range expression');
  const [op, n, op2, m] = value;
  if (typeof op !== 'string') return problem(`Invalid member in numeric match: ${JSON.stringify(op)}`, 0);
  if (!SINGLE.has(op)) return problem(`Unrecognized numeric range operator: ${op}`, 0);
  if (n instanceof InexactNumber) return problem(`Cannot compare number : ${n.text}`, 1);
  if (!isNumber(n)) return problem(`Value of ${op === '=' ? 'equals' : op} must be numeric`, 1);
  if (value.length === 2) return [];
  if (op === '=' || op === '<' || op === '<=') return problem('Too many elements in numeric expression', 2);
  if (typeof op2 !== 'string') return problem(`Bad value in numeric range: ${JSON.stringify(op2)}`, 2);
  if (op2 !== '<' && op2 !== '<=') return problem(`Bad numeric range operator: ${op2}`, 2);
  if (m instanceof InexactNumber) return problem(`Cannot compare number : ${m.text}`, 3);
  if (!isNumber(m)) return problem(`Value of ${op2} must be numeric`, 3);
  if (n >= m) return problem('Bottom must be less than top', 3);
  return [];
}
