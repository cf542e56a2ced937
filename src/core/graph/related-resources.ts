import { propertiesOf, resourcesOf } from '../template/resources';
import { referencedId, refersTo } from '../template/intrinsics';
import { RESOURCE_TYPES, type LogicalId, type Template } from '../template/types';
import { targetResourceId, targetsOf } from '../ops/targets';

/**
 * The resources in play when a rule calls one of its targets: the role named by its RoleArn, and
 * every Lambda permission on the target function (whether or not it admits this rule: the
 * validator says which do).
 */
export function resourcesAroundTarget(template: Template, ruleId: LogicalId, index: number): LogicalId[] {
  const target = targetsOf(template, ruleId)[index];
  if (!target) return [];
  const resources = resourcesOf(template);
  const out: LogicalId[] = [];
  const roleId = referencedId(target.RoleArn);
  if (roleId && resources[roleId]) out.push(roleId);
  const fn = targetResourceId(target);
  if (fn && resources[fn]?.Type === RESOURCE_TYPES.lambdaFunction) {
    for (const [id, r] of Object.entries(resources)) {
      if (r.Type === RESOURCE_TYPES.lambdaPermission && refersTo(propertiesOf(r).FunctionName, fn)) out.push(id);
    }
  }
  return out;
}
