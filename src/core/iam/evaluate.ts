import type { Json } from '../template/json';
import { conditionHolds, type Resolve } from './conditions';
import type { Statement } from './policy-document';
import { wildcardMatch } from './wildcard';

/** What is asked: who (for resource and trust policies), which action, on what, with which context keys. */
export interface PolicyRequest {
  action: string;
  resource?: string;
  principalService?: string;
  context: Record<string, string>;
}

export type Decision = 'allow' | 'explicit-deny' | 'implicit-deny' | 'unknown';

/** A statement, and where its policy lives in the template (for messages and fixes). */
export interface SourcedStatement {
  statement: Statement;
  /** JSON pointer of the statement in the template. */
  pointer: string;
}

export interface Evaluation {
  decision: Decision;
  /** The statements that decided: the matching Deny, or the matching Allows. */
  deciding: SourcedStatement[];
}

type Tri = boolean | undefined;

function anyMatches(patterns: Json[], value: string, resolve: Resolve, ignoreCase: boolean): Tri {
  let unknown = false;
  for (const p of patterns) {
    const text = resolve(p);
    if (text === undefined) unknown = true;
    else if (wildcardMatch(text, value, ignoreCase)) return true;
  }
  return unknown ? undefined : false;
}

const not = (t: Tri): Tri => (t === undefined ? undefined : !t);
const and = (...ts: Tri[]): Tri => (ts.includes(false) ? false : ts.includes(undefined) ? undefined : true);

function principalMatches(s: Statement, service: string | undefined, resolve: Resolve): Tri {
  if (service === undefined) return true;
  if (s.notPrincipal !== undefined) return undefined;
  const p = s.principal;
  if (p === '*') return true;
  if (p === null || typeof p !== 'object' || Array.isArray(p)) return false;
  if (p.AWS === '*') return true;
  const services = p.Service === undefined ? [] : Array.isArray(p.Service) ? p.Service : [p.Service];
  return anyMatches(services, service, resolve, true);
}

/** Whether one statement applies to the request: true, false, or undefined when that cannot be known. */
export function statementApplies(s: Statement, request: PolicyRequest, resolve: Resolve): Tri {
  if (s.effect === 'Invalid') return false;
  const action = s.action
    ? anyMatches(s.action, request.action, resolve, true)
    : s.notAction
      ? not(anyMatches(s.notAction, request.action, resolve, true))
      : false;
  let resource: Tri = true;
  if (request.resource !== undefined) {
    if (s.resource) resource = anyMatches(s.resource, request.resource, resolve, false);
    else if (s.notResource) resource = not(anyMatches(s.notResource, request.resource, resolve, false));
    else resource = request.principalService !== undefined;
  }
  return and(
    action,
    resource,
    principalMatches(s, request.principalService, resolve),
    conditionHolds(s.condition, request.context, resolve),
  );
}

/**
 * IAM's decision for one request over a set of statements: an explicit Deny wins over any Allow; with
 * no Allow, the request is implicitly denied. A statement that may or may not apply makes the
 * decision "unknown" where it could change it.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
export function evaluate(statements: SourcedStatement[], request: PolicyRequest, resolve: Resolve): Evaluation {
  const denies: SourcedStatement[] = [];
  const allows: SourcedStatement[] = [];
  let maybeDeny = false;
  let maybeAllow = false;
  for (const sourced of statements) {
    const applies = statementApplies(sourced.statement, request, resolve);
    if (sourced.statement.effect === 'Deny') {
      if (applies === true) denies.push(sourced);
      else if (applies === undefined) maybeDeny = true;
    } else if (applies === true) allows.push(sourced);
    else if (applies === undefined) maybeAllow = true;
  }
  if (denies.length > 0) return { decision: 'explicit-deny', deciding: denies };
  if (allows.length > 0) return { decision: maybeDeny ? 'unknown' : 'allow', deciding: allows };
  return { decision: maybeAllow ? 'unknown' : 'implicit-deny', deciding: [] };
}
