import type { JsonObject } from '../template/json';
import { propertiesOf, resourcesOf } from '../template/resources';
import { RESOURCE_TYPES, type LogicalId, type Template } from '../template/types';
import { referencedIds } from '../template/intrinsics';
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

/**
 * Target types whose delivery the permission checks judge, with the rules that do: Lambda by its
 * resource policy (TGT-03, TGT-04), Step Functions, Kinesis and other event buses by the target role
 * (SFN-01..03, KIN-01/02, BUS-06/07), SNS and SQS by the topic or queue policy (SNS-01/02, SQS-01..03),
 * CloudWatch Logs by the account's log resource policy (LOGS-01/02). A target of one of these types
 * with no error finding on it is invoked. https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html
 */
const CHECKED_TYPES = new Set<string>([
  RESOURCE_TYPES.lambdaFunction,
  'AWS::Lambda::Alias',
  'AWS::Lambda::Version',
  RESOURCE_TYPES.stateMachine,
  'AWS::SNS::Topic',
  'AWS::SQS::Queue',
  'AWS::Logs::LogGroup',
  'AWS::Kinesis::Stream',
  RESOURCE_TYPES.eventBus,
]);

/**
 * Warnings that leave delivery in doubt rather than block it: a log group's resource policy is
 * account-wide and may exist outside the template (LOGS-01), and a RoleArn on a log group target may
 * make delivery fail (LOGS-02). The target is then not said to be invoked.
 */
const DOUBTFUL_DELIVERY = new Set(['LOGS-01', 'LOGS-02']);

/** The type of the resource of this template the target delivers to: a Ref or GetAtt of it, or the one log group its Fn::Sub ARN names. */
function targetTypeOf(template: Template, target: JsonObject, resourceId: LogicalId | undefined): string | undefined {
  const resources = resourcesOf(template);
  if (resourceId) return typeof resources[resourceId]?.Type === 'string' ? (resources[resourceId]!.Type as string) : undefined;
  const groups = [...referencedIds(target.Arn)].filter((id) => resources[id]?.Type === 'AWS::Logs::LogGroup');
  return groups.length === 1 ? 'AWS::Logs::LogGroup' : undefined;
}

/**
 * Whether the checks judge delivery to this target. SNS and SQS targets with a RoleArn are not
 * judged (EventBridge may then use the role instead of the resource policy; sns-topic-policy.ts).
 */
function isChecked(type: string | undefined, target: JsonObject): boolean {
  if (type === undefined || !CHECKED_TYPES.has(type)) return false;
  return !((type === 'AWS::SNS::Topic' || type === 'AWS::SQS::Queue') && target.RoleArn !== undefined);
}

function targetOutcome(
  template: Template,
  ruleId: LogicalId,
  index: number,
  target: JsonObject,
  event: JsonObject,
  diagnostics: Diagnostic[],
): TargetOutcome {
  const resourceId = targetResourceId(target);
  const type = targetTypeOf(template, target, resourceId);
  const onTarget = diagnostics.filter((d) => d.target?.rule === ruleId && d.target.index === index);
  const blocking = onTarget.filter((d) => d.severity === 'error');
  const doubts = onTarget.filter((d) => d.severity === 'warning' && DOUBTFUL_DELIVERY.has(d.ruleId));
  const a = assignmentsFor(template)[0]!;
  const payload = deliveredPayload(target, event, {
    ruleArn: ruleArnFor(template, ruleId, a),
    ruleName: ruleNameFor(template, ruleId),
    // The time EventBridge received the event: the event's own time stands in for it.
    ingestionTime: typeof event.time === 'string' ? event.time : new Date(0).toISOString(),
  });
  const checked = isChecked(type, target);
  const verdict: TargetVerdict = blocking.length > 0 ? 'blocked' : checked && doubts.length === 0 ? 'invoked' : 'not-checked';
  const reasons =
    verdict === 'blocked'
      ? blocking.map((d) => d.message)
      : verdict === 'not-checked'
        ? checked
          ? doubts.map((d) => d.message)
          : type !== undefined && CHECKED_TYPES.has(type)
            ? [`The designer does not check permissions for ${type} targets that have a RoleArn.`]
            : [`The designer does not check permissions for ${type ?? 'a target outside this template'}.`]
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
