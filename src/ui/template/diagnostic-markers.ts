import { parseTree } from 'jsonc-parser';
import type { Diagnostic } from '../../core/validate/types';
import type { TemplateFormat } from '../../core/io/parse-result';
import { positionOfPointer, type TextPosition } from '../../core/io/json-positions';
import { positionOfPointerInYaml } from '../../core/io/yaml-positions';

export interface MarkerSpec {
  severity: Diagnostic['severity'];
  message: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

/** Editor markers for diagnostics, each at its JSON pointer's place in the text. */
export function markersFor(text: string, format: TemplateFormat, diagnostics: Diagnostic[]): MarkerSpec[] {
  const tree = format === 'json' ? parseTree(text) : undefined;
  const locate = (path: string): TextPosition | undefined =>
    format === 'json' ? positionOfPointer(text, path, tree) : positionOfPointerInYaml(text, path);
  return diagnostics.flatMap((d) => {
    const at = locate(d.path);
    if (!at) return [];
    const end = Math.min(at.length, Math.max(1, text.indexOf('\n', at.offset) - at.offset));
    return [
      {
        severity: d.severity,
        message: `${d.ruleId}: ${d.message}`,
        startLineNumber: at.line,
        startColumn: at.column,
        endLineNumber: at.line,
        endColumn: at.column + Math.max(1, end),
      },
    ];
  });
}
