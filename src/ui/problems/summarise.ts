import type { Diagnostic } from '../../core/validate/types';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 errors, 1 warning" — what the Problems header says. */
export function summarise(diagnostics: Diagnostic[]): string {
  const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  const parts = [plural(count('error'), 'error'), plural(count('warning'), 'warning')];
  const infos = count('info');
  if (infos > 0) parts.push(plural(infos, 'note'));
  return parts.join(', ');
}
