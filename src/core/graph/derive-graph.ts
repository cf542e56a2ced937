import type { JsonObject } from '../template/json';
import { propertiesOf, resourcesOf } from '../template/resources';
import { referencedId, referencedIds } from '../template/intrinsics';
import { RESOURCE_TYPES, type LogicalId, type Template } from '../template/types';
import { DEFAULT_BUS_ID } from '../ops/connect-bus-to-rule';
import { isPermissionFor } from '../ops/generated-permissions';
import { targetResourceId, targetsOf } from '../ops/targets';
import { assignmentsFor, type Assignment } from '../resolve/assignments';
import { targetServiceOf } from '../iam/target-service';
import { busOfRule } from './bus-of-rule';
import { resourcePoliciesAdmitting } from './target-policies';
import { nodeOfResource } from './node-of-resource';
import { referenceEdges } from './reference-edges';
import type { Authorisation, DesignEdge, DesignGraph, DesignNode } from './types';
import { expandSamOnce } from '../sam';
import { outsideTargetNode } from './outside-target';

const DEFAULT_BUS: DesignNode = { id: DEFAULT_BUS_ID, kind: 'bus', label: 'default', detail: 'Default event bus' };

/** Lambda permissions by the function they name, so each target finds its own without a scan. */
function permissionsByFunction(template: Template): Map<LogicalId, LogicalId[]> {
  const byFunction = new Map<LogicalId, LogicalId[]>();
  for (const [id, r] of Object.entries(resourcesOf(template))) {
    if (r.Type !== RESOURCE_TYPES.lambdaPermission) continue;
    for (const fn of referencedIds(propertiesOf(r).FunctionName)) byFunction.set(fn, [...(byFunction.get(fn) ?? []), id]);
  }
  return byFunction;
}

/**
 * How EventBridge is allowed to call a target: a Lambda function by its permissions that name this
 * rule; an SNS topic, an SQS queue or a CloudWatch Logs log group by the resource policies that admit
 * this rule (evaluated as the validator does); otherwise, and for Step Functions, Kinesis streams and
 * event buses, by the role in the target's RoleArn.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html
 */
function authorisationOf(
  template: Template,
  assignments: Assignment[],
  permissions: Map<LogicalId, LogicalId[]>,
  ruleId: LogicalId,
  target: JsonObject,
  targetResource: LogicalId,
): Authorisation {
  const resources = resourcesOf(template);
  if (resources[targetResource]?.Type === RESOURCE_TYPES.lambdaFunction) {
    const permissionIds = (permissions.get(targetResource) ?? []).filter((id) => isPermissionFor(resources[id], ruleId, targetResource));
    if (permissionIds.length > 0) return { mechanism: 'resource-policy', permissionIds };
  } else {
    const { service, resourceId } = targetServiceOf(template, target, assignments);
    const policyIds = resourcePoliciesAdmitting(template, assignments, ruleId, service, target, resourceId);
    if (policyIds.length > 0) return { mechanism: 'resource-policy', permissionIds: policyIds };
  }
  const roleId = referencedId(target.RoleArn);
  if (roleId && resources[roleId]) return { mechanism: 'role', roleId };
  return { mechanism: 'none' };
}

/**
 * The canvas picture of a template: the default bus and every resource; an edge from each rule's
 * bus to the rule, one from each rule to each target (a target outside the template gets a node of
 * its own), and one for every other reference between resources (execution roles, permissions,
 * policies). A SAM template is drawn as SAM deploys it: its functions and state machines with the
 * rules, permissions and roles SAM generates for their events, each marked with the SAM resource it
 * comes from.
 */
export function deriveGraph(original: Template): DesignGraph {
  const { template, generated } = expandSamOnce(original);
  const nodes: DesignNode[] = [DEFAULT_BUS];
  const edges: DesignEdge[] = [];
  const resources = resourcesOf(template);
  for (const [id, resource] of Object.entries(resources)) {
    const node = nodeOfResource(id, resource);
    const by = generated.get(id);
    nodes.push(
      by
        ? { ...node, sam: { resource: by.samResource, samType: by.samType, ...(by.event !== undefined ? { event: by.event } : {}) } }
        : node,
    );
  }
  const ids = new Set(nodes.map((n) => n.id));
  const permissions = permissionsByFunction(template);
  let assignments: Assignment[] | undefined;
  for (const node of nodes) {
    if (node.kind !== 'rule') continue;
    const bus = busOfRule(template, node.id);
    if (bus) edges.push({ id: `bus:${bus}->${node.id}`, kind: 'bus-rule', source: bus, target: node.id });
    targetsOf(template, node.id).forEach((t, index) => {
      let target = targetResourceId(t);
      if (!target || !ids.has(target)) {
        // A target outside the template (an ARN, an import, a parameter) is still a target of this rule.
        const outside = outsideTargetNode(template, (assignments ??= assignmentsFor(template)), node.id, index, t);
        nodes.push(outside);
        ids.add(outside.id);
        target = outside.id;
      }
      edges.push({
        id: `target:${node.id}[${index}]->${target}`,
        kind: 'rule-target',
        source: node.id,
        target,
        targetIndex: index,
        targetId: typeof t.Id === 'string' ? t.Id : '',
        authorisation: authorisationOf(template, (assignments ??= assignmentsFor(template)), permissions, node.id, t, target),
      });
    });
  }
  return { nodes, edges: [...edges, ...referenceEdges(template, edges)] };
}
