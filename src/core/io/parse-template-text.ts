import { checkBeforeParsing } from './guards';
import { parseJson } from './parse-json';
import { parseYaml } from './parse-yaml';
import type { ParseResult, TemplateFormat } from './parse-result';

/** JSON when the first non-blank character opens an object or array; YAML otherwise. */
export function detectFormat(text: string): TemplateFormat {
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}

/** Reads a template's text (JSON or YAML), refusing what cannot be a template with a clear reason. */
export function parseTemplateText(text: string, format: TemplateFormat = detectFormat(text)): ParseResult {
  const refused = checkBeforeParsing(text);
  if (refused) return { ok: false, format: undefined, problem: refused };
  return format === 'json' ? parseJson(text) : parseYaml(text);
}
