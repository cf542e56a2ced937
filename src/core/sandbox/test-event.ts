import type { JsonObject } from '../template/json';
import { propertiesOf, resourcesOf } from '../template/resources';
import { RESOURCE_TYPES, type LogicalId, type Template } from '../template/types';
import { busOfRule } from '../graph/bus-of-rule';
import { targetResourceId, targetsOf } from '../ops/targets';
import { assignmentsFor } from '../resolve/assignments';
import { patternOfRule } from '../resolve/pattern-of-rule';
import { matchPattern, type FieldMismatch } from '../pattern/match-pattern';
import { toPlainJson, type PatternObject } from '../pattern/pattern-json';
import type { Diagnostic } from '../validate/types';
import { deliveredPayload, type DeliveredPayload } from '../delivery/delivered-payload';
import { attributeOf } from '../resolve/return-values';
import type { Assignment } from '../resolve/assignments';

export type TargetVerdict = 'invoked' | 'blocked' | 'not-checked';

export interface TargetOutcome {
  index: number;
  targetId: string;
  /** The target's resource in this template, when it is one. */
  resourceId?: LogicalId;
  verdict: TargetVerdict;
  /** Why it is blocked (the permission engine's findings), or why it was not checked. */
  reasons: string[];
  payload: DeliveredPayload;
}

export type RuleVerdict = 'matches' | 'no-match' | 'disabled' | 'schedule' | 'invalid' | 'unknown' | 'other-bus';

export interface RuleOutcome {
  ruleId: LogicalId;
  /** The canvas node of the rule's bus; undefined when the bus is not in this template. */
  busId?: string;
  verdict: RuleVerdict;
  /** For no-match: the fields that failed. */
  mismatches: FieldMismatch[];
  /** For invalid, unknown, disabled, schedule: in words. */
  reason?: string;
  /** Intrinsic functions in the pattern that are known only once deployed (the match assumes other values). */
  unresolved: string[];
  /** For a match: what happens at each target. */
  targets: TargetOutcome[];
}

/** Services whose delivery the permission engine checks (Lambda by resource policy, Step Functions by role). */
const CHECKED_TYPES = new Set<string>([RESOURCE_TYPES.lambdaFunction, RESOURCE_TYPES.stateMachine]);

function targetOutcome(
  template: Template,
  ruleId: LogicalId,
  index: number,
  target: JsonObject,
  event: JsonObject,
  diagnostics: Diagnostic[],
): TargetOutcome {
  const resourceId = targetResourceId(target);
  const type = resourceId ? resourcesOf(template)[resourceId]?.Type : undefined;
  const blocking = diagnostics.filter((d) => d.severity === 'error' && d.target?.rule === ruleId && d.target.index === index);
  const a = assignmentsFor(template)[0]!;
  const payload = deliveredPayload(target, event, {
    ruleArn: ruleArnFor(template, ruleId, a),
    ruleName: ruleNameFor(template, ruleId),
    // The time EventBridge received the event: the event's own time stands in for it.
    ingestionTime: typeof event.time === 'string' ? event.time : new Date(0).toISOString(),
  });
  const verdict: TargetVerdict =
    blocking.length > 0 ? 'blocked' : typeof type === 'string' && CHECKED_TYPES.has(type) ? 'invoked' : 'not-checked';
  const reasons =
    verdict === 'blocked'
      ? blocking.map((d) => d.message)
      : verdict === 'not-checked'
        ? [`The designer does not check permissions for ${typeof type === 'string' ? type : 'a target outside this template'}.`]
        : [];
  return {
    index,
    targetId: typeof target.Id === 'string' ? target.Id : '',
    ...(resourceId ? { resourceId } : {}),
    verdict,
    reasons,
    payload,
  };
}

function ruleArnFor(template: Template, ruleId: LogicalId, a: Assignment): string {
  return attributeOf(template, ruleId, 'Arn', a, 0) ?? `arn:aws:events:${a.region}:${a.account}:rule/${ruleNameFor(template, ruleId)}`;
}

function ruleNameFor(template: Template, ruleId: LogicalId): string {
  const name = propertiesOf(resourcesOf(template)[ruleId]).Name;
  return typeof name === 'string' ? name : `${ruleId}-generated`;
}

/**
 * What EventBridge would do with one event: for every rule (or the rules of one bus) whether its
 * pattern matches, which fields failed when not, and for a match whether each target is invoked or
 * blocked, with the payload it would get. `diagnostics` are the validator's findings on the template.
 */
export function testEvent(template: Template, event: PatternObject, diagnostics: Diagnostic[], onBus?: string): RuleOutcome[] {
  const a = assignmentsFor(template)[0]!;
  const plainEvent = toPlainJson(event) as JsonObject;
  return Object.entries(resourcesOf(template))
    .filter(([, r]) => r.Type === RESOURCE_TYPES.rule)
    .map(([ruleId, rule]): RuleOutcome => {
      const busId = busOfRule(template, ruleId);
      const base = { ruleId, ...(busId ? { busId } : {}), mismatches: [], unresolved: [], targets: [] };
      if (onBus !== undefined && busId !== onBus) return { ...base, verdict: 'other-bus', reason: 'The rule listens on another bus.' };
      const properties = propertiesOf(rule);
      const pattern = patternOfRule(template, ruleId, a);
      if (pattern.kind === 'none')
        return { ...base, verdict: 'schedule', reason: 'A scheduled rule runs on its schedule; it does not match events.' };
      if (pattern.kind === 'invalid')
        return { ...base, verdict: 'invalid', reason: `Its pattern is not valid: ${pattern.problems[0]?.message ?? ''}` };
      if (pattern.kind === 'unknown') return { ...base, verdict: 'unknown', reason: pattern.reason };
      const result = matchPattern(pattern.pattern, event);
      if (!result.matches) return { ...base, verdict: 'no-match', mismatches: result.mismatches, unresolved: pattern.unresolved };
      // A disabled rule matches nothing (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html#eventbridge-PutRule-request-State).
      if (properties.State === 'DISABLED')
        return {
          ...base,
          verdict: 'disabled',
          reason: 'The pattern matches, but the rule is disabled (State DISABLED), so no target is invoked.',
          unresolved: pattern.unresolved,
        };
      const targets = targetsOf(template, ruleId).map((t, i) => targetOutcome(template, ruleId, i, t, plainEvent, diagnostics));
      return { ...base, verdict: 'matches', unresolved: pattern.unresolved, targets };
    });
}
