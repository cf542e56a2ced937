import type { Json } from '../template/json';
import { resourceOf, withProperty, withResource } from '../template/resources';
import type { LogicalId, Template } from '../template/types';

/** Sets (or, with undefined, removes) one property of a resource. Unknown ids leave the template as it is. */
export function setResourceProperty(template: Template, id: LogicalId, key: string, value: Json | undefined): Template {
  const resource = resourceOf(template, id);
  if (!resource) return template;
  return withResource(template, id, withProperty(resource, key, value));
}
