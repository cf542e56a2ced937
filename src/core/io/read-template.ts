import { isJsonObject } from '../template/json';
import type { Template } from '../template/types';
import { parseTemplateText } from './parse-template-text';
import type { ParseProblem, TemplateFormat } from './parse-result';

export type ReadResult = { ok: true; template: Template; format: TemplateFormat } | { ok: false; problem: ParseProblem };

/**
 * Reads a text as a template to open: it must parse and be an object with a Resources object.
 * Anything else is refused with the reason, so the current design is never replaced by junk.
 */
export function readTemplate(text: string, format?: TemplateFormat): ReadResult {
  const parsed = parseTemplateText(text, format);
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  const value = parsed.value;
  if (!isJsonObject(value)) {
    const what = Array.isArray(value) ? 'a list' : value === null ? 'null' : `a single ${typeof value}`;
    return { ok: false, problem: { message: `This is ${what}, not a template: a template is an object with a "Resources" section.` } };
  }
  if (!isJsonObject(value.Resources))
    return { ok: false, problem: { message: 'This has no "Resources" section, so it is not a CloudFormation template.' } };
  return { ok: true, template: value, format: parsed.format };
}
