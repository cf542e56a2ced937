import type { Json } from '../../core/template/json';
import { readPatternText } from '../../core/pattern/read-pattern-text';
import { problemsOfTemplatePattern } from '../../core/resolve/pattern-of-rule';
import { toPlainJson } from '../../core/pattern/pattern-json';

/**
 * The event pattern text as typed: empty (no pattern), or a JSON object EventBridge accepts, with
 * intrinsic functions where values go. Says why not otherwise, and where.
 */
export function readPatternField(text: string): { pattern?: Json; error?: string } {
  if (text.trim() === '') return {};
  const read = readPatternText(text);
  const first = read.problems[0];
  if (first?.offset !== undefined) return { error: first.message };
  if (!read.pattern) return { error: 'An event pattern is a JSON object, such as {"source": ["my.app"]}.' };
  const pattern = toPlainJson(read.pattern) as Json;
  const problem = problemsOfTemplatePattern(pattern)[0];
  if (problem)
    return { error: `EventBridge would refuse this pattern: ${problem.message}${problem.pointer ? ` (at ${problem.pointer})` : ''}.` };
  return { pattern };
}
