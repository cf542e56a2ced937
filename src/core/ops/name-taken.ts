import { propertiesOf, resourcesOf } from '../template/resources';
import type { LogicalId, Template } from '../template/types';
import { busOfRule } from '../graph/bus-of-rule';

/**
 * Which other resource of the template already has this physical name, where AWS wants names
 * unique: rules per event bus (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html),
 * functions, state machines and buses per account and Region.
 */
export function nameTakenBy(template: Template, id: LogicalId, key: string, name: string): LogicalId | undefined {
  const resources = resourcesOf(template);
  const type = resources[id]?.Type;
  const bus = type === 'AWS::Events::Rule' ? busOfRule(template, id) : undefined;
  return Object.keys(resources).find(
    (other) =>
      other !== id &&
      resources[other]!.Type === type &&
      propertiesOf(resources[other])[key] === name &&
      // Rules on buses this template cannot name (parameters, other stacks) may be on different buses.
      (type !== 'AWS::Events::Rule' || (bus !== undefined && busOfRule(template, other) === bus)),
  );
}

/** Why a name cannot be used because another resource has it, or undefined. */
export function whyNameTaken(template: Template, id: LogicalId, key: string, name: string): string | undefined {
  const other = nameTakenBy(template, id, key, name);
  if (!other) return undefined;
  const scope = resourcesOf(template)[id]?.Type === 'AWS::Events::Rule' ? 'on the same event bus' : 'in the same account and Region';
  return `${other} already has the name "${name}"; names must be unique ${scope}.`;
}
