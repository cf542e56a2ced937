import type { JsonObject } from '../template/json';
import { resourceOf, withResource } from '../template/resources';
import type { LogicalId, Template } from '../template/types';

/** Replaces a resource's whole Properties object, keeping Type and every other key. */
export function setResourceProperties(template: Template, id: LogicalId, properties: JsonObject): Template {
  const resource = resourceOf(template, id);
  if (!resource) return template;
  return withResource(template, id, { ...resource, Properties: properties });
}
