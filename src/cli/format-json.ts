import type { FileResult } from './lint-files';

/**
 * An array of {file, ruleId, severity, message, resource, path, line, column}: one entry per finding, in
 * file order. line and column are 1-based, null when unknown; a file that cannot be read or parsed is
 * one "PARSE" error entry.
 */
export function formatJson(results: FileResult[]): string {
  const rows = results.flatMap((r) =>
    r.findings.map(({ file, ruleId, severity, message, resource, path, line, column }) => ({
      file,
      ruleId,
      severity,
      message,
      resource,
      path,
      line: line ?? null,
      column: column ?? null,
    })),
  );
  return `${JSON.stringify(rows, null, 2)}\n`;
}
