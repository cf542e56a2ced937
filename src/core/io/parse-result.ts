import type { Json } from '../template/json';

export type TemplateFormat = 'json' | 'yaml';

/** Where and why a text could not be read; line and column are 1-based. */
export interface ParseProblem {
  message: string;
  line?: number;
  column?: number;
}

export type ParseResult =
  { ok: true; value: Json; format: TemplateFormat } | { ok: false; format: TemplateFormat | undefined; problem: ParseProblem };

/** 1-based line and column of an offset in a text. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
