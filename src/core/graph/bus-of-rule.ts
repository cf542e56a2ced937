import { isJsonObject } from '../template/json';
import { propertiesOf, resourcesOf } from '../template/resources';
import { referencedId } from '../template/intrinsics';
import { RESOURCE_TYPES, type LogicalId, type Template } from '../template/types';
import { DEFAULT_BUS_ID } from '../ops/connect-bus-to-rule';

/**
 * The canvas node of the bus a rule listens on. EventBusName takes a name or an ARN and defaults to
 * the default bus (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-events-rule.html).
 * Undefined when the bus is not in this template (another stack's bus, or a value we cannot resolve).
 */
export function busOfRule(template: Template, ruleId: LogicalId): string | undefined {
  const resources = resourcesOf(template);
  const value = propertiesOf(resources[ruleId]).EventBusName;
  if (value === undefined || value === 'default') return DEFAULT_BUS_ID;
  if (isJsonObject(value)) {
    const id = referencedId(value);
    return id && resources[id]?.Type === RESOURCE_TYPES.eventBus ? id : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const name = value.startsWith('arn:') ? value.slice(value.indexOf(':event-bus/') + ':event-bus/'.length) : value;
  if (name === 'default') return DEFAULT_BUS_ID;
  return Object.keys(resources).find((id) => resources[id]?.Type === RESOURCE_TYPES.eventBus && propertiesOf(resources[id]).Name === name);
}
