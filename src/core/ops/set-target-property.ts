import type { Json } from '../template/json';
import type { LogicalId, Template } from '../template/types';
import { targetsOf, withTargets } from './targets';

/** Sets (or, with undefined, removes) one key of the rule's target at `index`. */
export function setTargetProperty(template: Template, ruleId: LogicalId, index: number, key: string, value: Json | undefined): Template {
  const targets = targetsOf(template, ruleId);
  const target = targets[index];
  if (!target) return template;
  const next = { ...target };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return withTargets(
    template,
    ruleId,
    targets.map((t, i) => (i === index ? next : t)),
  );
}
