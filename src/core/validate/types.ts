import type { JsonObject } from '../template/json';
import type { LogicalId, Template } from '../template/types';
import type { Assignment } from '../resolve/assignments';
import type { SamExpansion } from '../sam/types';

export type Severity = 'error' | 'warning' | 'info';

/** An operation that mends what a finding reports; applied like any other edit (one undo step). */
export interface Fix {
  /** What the fix does, in a few words: "Add a Lambda permission for this rule". */
  title: string;
  apply(template: Template): Template;
}

/** What a rule reports: where (resource and JSON pointer into the template) and what is wrong. */
export interface Finding {
  resource?: LogicalId;
  /** JSON pointer into the template, e.g. /Resources/MyRule/Properties/Targets/0/RoleArn. */
  path: string;
  message: string;
  fix?: Fix;
  /** The rule target whose delivery this finding concerns, when it is about one (the sandbox shows it as the reason the target is not invoked). */
  target?: { rule: LogicalId; index: number };
}

export interface Diagnostic extends Finding {
  ruleId: string;
  severity: Severity;
}

/** What every rule gets, computed once per run. */
export interface ValidationContext {
  /** The template as given (may be anything the user brought). */
  raw: unknown;
  /** The template when it is an object; {} otherwise. */
  template: Template;
  /** Entries of Resources that are objects, in template order. */
  resources: Record<LogicalId, JsonObject>;
  /** Deployment values to try when a check depends on them (pseudo parameters, parameters, generated names). */
  assignments: Assignment[];
  /** Computes a value once per run, shared by every rule that asks for the same key. */
  memo<T>(key: string, compute: () => T): T;
  /** For a SAM template: what SAM generates, and from where (absent when raw is not an object). */
  sam?: SamExpansion;
}

/**
 * One check, in the manner of cfn-lint: an id, a severity, a one-line title, why it matters and the
 * AWS source it relies on. `check` returns findings and must not throw (the runner reports it if it does).
 */
export interface ValidationRule {
  id: string;
  severity: Severity;
  title: string;
  why: string;
  source: string;
  check(context: ValidationContext): Finding[];
}
