import { parseTemplateText } from '../core/io/parse-template-text';
import { positionOfPointer } from '../core/io/json-positions';
import { positionOfPointerInYaml } from '../core/io/yaml-positions';
import { validate } from '../core/validate/validate';
import type { Severity } from '../core/validate/types';

/** One finding as the CLI reports it. */
export interface LintFinding {
  file: string;
  ruleId: string;
  severity: Severity;
  message: string;
  resource: string | null;
  path: string;
  line?: number;
  column?: number;
}

export interface FileResult {
  file: string;
  findings: LintFinding[];
  /** Why the file could not be read or parsed, if it could not. */
  unreadable?: string;
}

/** The rule id a file that cannot be read or parsed is reported under. */
export const PARSE_RULE_ID = 'PARSE';

/**
 * The parser's message without the location the YAML parser writes into it ("... at line 6, column 18:"):
 * the location is given as line and column instead.
 */
function parseMessage(message: string): string {
  return message.replace(/\s+at line \d+, column \d+:?\s*$/, '');
}

/** Lints one file's text with the same engine the page uses. */
export function lintText(file: string, text: string): FileResult {
  const parsed = parseTemplateText(text);
  if (!parsed.ok) {
    const { line, column } = parsed.problem;
    const message = parseMessage(parsed.problem.message);
    const finding: LintFinding = { file, ruleId: PARSE_RULE_ID, severity: 'error', message, resource: null, path: '', line, column };
    const where = line ? `:${line}:${column ?? 1}` : '';
    return { file, findings: [finding], unreadable: `Cannot parse ${file}${where}: ${message}` };
  }
  const findings = validate(parsed.value).map((d): LintFinding => {
    const at = parsed.format === 'json' ? positionOfPointer(text, d.path) : positionOfPointerInYaml(text, d.path);
    return {
      file,
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      resource: d.resource ?? null,
      path: d.path,
      line: at?.line,
      column: at?.column,
    };
  });
  return { file, findings };
}

/** 2 when a file could not be read or parsed, 1 when there is any error, 0 otherwise. */
export function exitCodeOf(results: FileResult[]): number {
  if (results.some((r) => r.unreadable)) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
