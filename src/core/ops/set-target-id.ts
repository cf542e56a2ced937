import { checkTargetId } from '../template/names';
import type { LogicalId, Template } from '../template/types';
import { targetsOf, withTargets } from './targets';

/** Why a target of the rule cannot take this Id, or undefined. Ids are unique within a rule. */
export function whyCannotSetTargetId(template: Template, ruleId: LogicalId, index: number, id: string): string | undefined {
  const invalid = checkTargetId(id);
  if (invalid) return invalid;
  const clash = targetsOf(template, ruleId).some((t, i) => i !== index && t.Id === id);
  return clash ? `Another target of this rule already has the ID "${id}"; target IDs must be unique in a rule.` : undefined;
}

/** Sets the Id of the rule's target at `index`. Refused values leave the template unchanged. */
export function setTargetId(template: Template, ruleId: LogicalId, index: number, id: string): Template {
  const targets = targetsOf(template, ruleId);
  if (!targets[index] || whyCannotSetTargetId(template, ruleId, index, id)) return template;
  return withTargets(
    template,
    ruleId,
    targets.map((t, i) => (i === index ? { ...t, Id: id } : t)),
  );
}
