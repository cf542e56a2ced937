import { buildContext } from './context';
import { ALL_RULES } from './all-rules';
import type { Diagnostic, Severity, ValidationRule } from './types';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Judges a template, whatever it is: every rule runs over one shared context, and the findings come
 * back errors first, then by position. Never throws: a rule that fails is itself reported.
 */
export function validate(raw: unknown, rules: readonly ValidationRule[] = ALL_RULES): Diagnostic[] {
  const context = buildContext(raw);
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    try {
      for (const f of rule.check(context)) out.push({ ...f, ruleId: rule.id, severity: rule.severity });
    } catch (e) {
      out.push({
        ruleId: rule.id,
        severity: 'info',
        path: '',
        message: `The check "${rule.title}" could not judge this template (${e instanceof Error ? e.message : String(e)}).`,
      });
    }
  }
  return out.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.path.localeCompare(b.path) || a.ruleId.localeCompare(b.ruleId));
}
