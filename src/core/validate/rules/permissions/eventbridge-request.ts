import type { Json } from '../../../template/json';
import type { Template } from '../../../template/types';
import type { Assignment, Verdict } from '../../../resolve/assignments';
import { resolveString } from '../../../resolve/resolve-value';
import { attributeOf } from '../../../resolve/return-values';
import { evaluate, type Decision, type Evaluation, type PolicyRequest, type SourcedStatement } from '../../../iam/evaluate';

/** The context keys EventBridge sets when it acts for a rule: the rule's ARN and account.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/cross-service-confused-deputy-prevention.html */
export function eventBridgeContext(template: Template, ruleId: string, a: Assignment): Record<string, string> {
  const ruleArn = attributeOf(template, ruleId, 'Arn', a, 0);
  return { 'aws:SourceAccount': a.account, ...(ruleArn ? { 'aws:SourceArn': ruleArn } : {}) };
}

/** Evaluates statements under every assignment; one decision when all agree, else "unknown". */
export function decideAcross(
  template: Template,
  assignments: Assignment[],
  statements: SourcedStatement[],
  request: (a: Assignment) => PolicyRequest | undefined,
): { decision: Decision; first: Evaluation | undefined } {
  let decision: Decision | undefined;
  let first: Evaluation | undefined;
  for (const a of assignments) {
    const r = request(a);
    if (!r) return { decision: 'unknown', first };
    const e = evaluate(statements, r, (v: Json) => resolveString(template, v, a));
    first ??= e;
    if (decision !== undefined && decision !== e.decision) return { decision: 'unknown', first };
    decision = e.decision;
  }
  return { decision: decision ?? 'unknown', first };
}

export type { Verdict };
