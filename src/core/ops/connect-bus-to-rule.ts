import { resourceOf, withProperty, withResource } from '../template/resources';
import { ref } from '../template/intrinsics';
import { RESOURCE_TYPES, type LogicalId, type Template } from '../template/types';

/** The id the canvas gives the account's default event bus; logical ids are alphanumeric, so it never clashes. */
export const DEFAULT_BUS_ID = 'default-bus';

/**
 * Puts the rule on a bus: `"default"` for the default bus, a Ref (which returns the bus name) for a
 * custom bus. https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-events-eventbus.html#aws-resource-events-eventbus-return-values
 */
export function connectBusToRule(template: Template, busId: LogicalId, ruleId: LogicalId): Template {
  const rule = resourceOf(template, ruleId);
  if (rule?.Type !== RESOURCE_TYPES.rule) return template;
  if (busId !== DEFAULT_BUS_ID && resourceOf(template, busId)?.Type !== RESOURCE_TYPES.eventBus) return template;
  const value = busId === DEFAULT_BUS_ID ? 'default' : ref(busId);
  return withResource(template, ruleId, withProperty(rule, 'EventBusName', value));
}
