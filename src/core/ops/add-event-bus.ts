import { idsOfType, propertiesOf, resourcesOf, withResource } from '../template/resources';
import { RESOURCE_TYPES, type LogicalId, type Template } from '../template/types';
import { uniqueLogicalId, uniqueName } from '../template/logical-ids';

export interface Added {
  template: Template;
  id: LogicalId;
}

/** Adds a custom event bus (the default bus is always there and is not a resource). */
export function addEventBus(template: Template): Added {
  const resources = resourcesOf(template);
  const names = idsOfType(template, RESOURCE_TYPES.eventBus).map((id) => propertiesOf(resources[id]).Name);
  const name = uniqueName(names, 'custom-bus');
  const id = uniqueLogicalId(template, 'CustomEventBus');
  return { id, template: withResource(template, id, { Type: RESOURCE_TYPES.eventBus, Properties: { Name: name } }) };
}
