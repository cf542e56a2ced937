import type { FileResult } from './lint-files';

/**
 * Human-readable: file:line:column  severity  rule  message, then a summary line. A file that cannot be
 * read or parsed is a PARSE error line of its own, at the parser's line and column when it gives them.
 */
export function formatText(results: FileResult[]): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    const byLine = [...r.findings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    for (const f of byLine) {
      if (f.severity === 'error') errors++;
      if (f.severity === 'warning') warnings++;
      const where = f.line ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file;
      lines.push(`${where}  ${f.severity.padEnd(7)}  ${f.ruleId.padEnd(8)}  ${f.message}${f.resource ? `  [${f.resource}]` : ''}`);
    }
  }
  const clean = results.filter((r) => r.findings.length === 0).length;
  const unreadable = results.filter((r) => r.unreadable).length;
  lines.push(
    `${results.length} file${results.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${clean ? `; ${clean} without problems` : ''}${unreadable ? `; ${unreadable} could not be read or parsed` : ''}.`,
  );
  return `${lines.join('\n')}\n`;
}
