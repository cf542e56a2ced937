import type { FileResult } from './lint-files';

/** An array of {file, ruleId, severity, message, resource, path}: one entry per finding, in file order. */
export function formatJson(results: FileResult[]): string {
  const rows = results.flatMap((r) =>
    r.findings.map(({ file, ruleId, severity, message, resource, path }) => ({ file, ruleId, severity, message, resource, path })),
  );
  return `${JSON.stringify(rows, null, 2)}\n`;
}
