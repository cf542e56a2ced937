import { parseLosslessJson } from './parse-lossless-json';
import { isPatternObject, type PatternObject } from './pattern-json';
import type { PatternProblem } from './pattern-problem';
import { MAX_PATTERN_LENGTH, validatePattern } from './validate-pattern';

export interface PatternText {
  /** The pattern, when the text is JSON (even when the pattern is not valid). */
  pattern?: PatternObject;
  /** Why EventBridge would refuse it; empty when it would accept it. */
  problems: (PatternProblem & { offset?: number })[];
  /** Accepted, but probably not what was meant. */
  warnings: (PatternProblem & { offset?: number })[];
}

/**
 * A pattern as the user typed it: parsed keeping exact numbers, then checked. A key given twice is
 * a warning: EventBridge keeps the last one ("if you include a key more than once the last
 * reference will be the one used", eb-event-patterns.html), while people expect both to apply.
 */
export function readPatternText(text: string): PatternText {
  if (text.length > MAX_PATTERN_LENGTH * 4)
    return {
      problems: [
        { message: `The pattern is ${text.length} characters long; EventBridge accepts at most ${MAX_PATTERN_LENGTH}.`, pointer: '' },
      ],
      warnings: [],
    };
  const parsed = parseLosslessJson(text);
  if (!parsed.ok) return { problems: [{ message: parsed.message, pointer: '', offset: parsed.offset }], warnings: [] };
  const warnings = parsed.duplicateKeys.map(({ key, offset }) => ({
    message: `"${key}" appears twice here; EventBridge uses only the last one.`,
    pointer: '',
    offset,
  }));
  const problems = validatePattern(parsed.value);
  return { ...(isPatternObject(parsed.value) ? { pattern: parsed.value } : {}), problems, warnings };
}
