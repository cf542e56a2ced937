import { propertiesOf, resourcesOf } from '../template/resources';
import { referencedId, refersTo } from '../template/intrinsics';
import { RESOURCE_TYPES, type LogicalId, type Template } from '../template/types';
import { targetResourceId, targetsOf } from '../ops/targets';
import { targetServiceOf } from '../iam/target-service';
import { policiesAroundTarget } from './target-policies';

/**
 * The resources in play when a rule calls one of its targets: the role named by its RoleArn, and
 * every Lambda permission on the target function, every policy of a target topic or queue, and the
 * CloudWatch Logs resource policies for a log group (whether or not they admit this rule: the
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
    return out;
  }
  const { service, resourceId } = targetServiceOf(template, target);
  for (const id of policiesAroundTarget(template, service, target, resourceId)) if (id !== fn && !out.includes(id)) out.push(id);
  return out;
}
