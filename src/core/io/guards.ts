import type { ParseProblem } from './parse-result';
import { lineColumnAt } from './parse-result';

/** CloudFormation accepts template bodies of at most 1 MB (from S3; 51,200 bytes inline).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** Deeper than any real template; deep enough that parsers' recursion is never at risk. */
export const MAX_NESTING = 500;

/** Reasons to refuse a text before parsing it: empty, binary, too large, or nested absurdly deep. */
export function checkBeforeParsing(text: string): ParseProblem | undefined {
  if (text.trim() === '') return { message: 'The text is empty: a template is a JSON or YAML object with a "Resources" section.' };
  const sample = text.slice(0, 4096);
  if (sample.includes('\u0000') || (sample.match(/\uFFFD/g)?.length ?? 0) > 8)
    return { message: 'This is not a text file (it looks binary, like an image or an archive). Choose a JSON or YAML template.' };
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_TEMPLATE_BYTES)
    return {
      message: `The text is ${(bytes / 1048576).toFixed(1)} MB; CloudFormation accepts templates of at most 1 MB, so this cannot be a deployable template.`,
    };
  const deep = firstTooDeep(text);
  if (deep !== undefined)
    return {
      message: `The text is nested more than ${MAX_NESTING} levels deep; no CloudFormation template is.`,
      ...lineColumnAt(text, deep),
    };
  return undefined;
}

/** Offset where bracket nesting (outside JSON strings) first exceeds MAX_NESTING, if it does. */
function firstTooDeep(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > MAX_NESTING) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return undefined;
}
