import type { Json } from '../template/json';
import type { Template } from '../template/types';
import type { Assignment } from '../resolve/assignments';
import { resolveString } from '../resolve/resolve-value';
import { attributeOf } from '../resolve/return-values';
import { evaluate, type Decision, type Evaluation, type PolicyRequest, type SourcedStatement } from './evaluate';

/** The context keys EventBridge sets when it acts for a rule: the rule's ARN and account.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/cross-service-confused-deputy-prevention.html */
export function eventBridgeContext(template: Template, ruleId: string, a: Assignment): Record<string, string> {
  const ruleArn = attributeOf(template, ruleId, 'Arn', a, 0);
  return { 'aws:SourceAccount': a.account, ...(ruleArn ? { 'aws:SourceArn': ruleArn } : {}) };
}

const resolvers = new WeakMap<object, WeakMap<Assignment, (value: Json | undefined) => string | undefined>>();

/** How a value reads once deployed under one assignment (one resolver per template and assignment). */
export function resolverFor(template: Template, a: Assignment): (value: Json | undefined) => string | undefined {
  let byAssignment = resolvers.get(template);
  if (!byAssignment) resolvers.set(template, (byAssignment = new WeakMap()));
  const cached = byAssignment.get(a);
  if (cached) return cached;
  const resolve = (value: Json | undefined): string | undefined => resolveString(template, value, a);
  byAssignment.set(a, resolve);
  return resolve;
}

/** The statements and the request to judge under one assignment; undefined when they cannot be known. */
export type RequestUnder = (a: Assignment) => { statements: SourcedStatement[]; request: PolicyRequest } | undefined;

/** Evaluates under every assignment, statements and request both possibly depending on it; one decision when all agree, else "unknown". */
export function decideEach(
  template: Template,
  assignments: Assignment[],
  under: RequestUnder,
): { decision: Decision; first: Evaluation | undefined } {
  let decision: Decision | undefined;
  let first: Evaluation | undefined;
  for (const a of assignments) {
    const r = under(a);
    if (!r) return { decision: 'unknown', first };
    const e = evaluate(r.statements, r.request, resolverFor(template, a));
    first ??= e;
    if (decision !== undefined && decision !== e.decision) return { decision: 'unknown', first };
    decision = e.decision;
  }
  return { decision: decision ?? 'unknown', first };
}

/** Evaluates statements under every assignment; one decision when all agree, else "unknown". */
export function decideAcross(
  template: Template,
  assignments: Assignment[],
  statements: SourcedStatement[],
  request: (a: Assignment) => PolicyRequest | undefined,
): { decision: Decision; first: Evaluation | undefined } {
  return decideEach(template, assignments, (a) => {
    const r = request(a);
    return r ? { statements, request: r } : undefined;
  });
}

const RANK: Record<Decision, number> = { 'explicit-deny': 0, 'implicit-deny': 1, unknown: 2, allow: 3 };

/** Several requests that must all be allowed (e.g. logs:CreateLogStream and logs:PutLogEvents): the weakest decision wins. */
export function allOf(...results: { decision: Decision; first: Evaluation | undefined }[]): {
  decision: Decision;
  first: Evaluation | undefined;
} {
  return results.reduce<{ decision: Decision; first: Evaluation | undefined }>(
    (worst, r) => (RANK[r.decision] < RANK[worst.decision] ? r : worst),
    results[0] ?? { decision: 'allow', first: undefined },
  );
}
