import type { Json } from '../template/json';
import type { LogicalId, Template } from '../template/types';
import { targetsOf, withTargets } from './targets';

export type TargetInputKind = 'Input' | 'InputPath' | 'InputTransformer';

/**
 * Sets how a target's payload is made: one of Input, InputPath and InputTransformer (they are
 * mutually exclusive, https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html),
 * or none (the whole event). The other two are removed in the same change.
 */
export function setTargetInput(template: Template, ruleId: LogicalId, index: number, kind: TargetInputKind | null, value?: Json): Template {
  const targets = targetsOf(template, ruleId);
  const target = targets[index];
  if (!target) return template;
  const { Input: _i, InputPath: _p, InputTransformer: _t, ...rest } = target;
  const next = kind && value !== undefined ? { ...rest, [kind]: value } : rest;
  return withTargets(
    template,
    ruleId,
    targets.map((t, i) => (i === index ? next : t)),
  );
}
