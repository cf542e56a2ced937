import { isJsonObject, type Json, type JsonObject } from '../template/json';
import { propertiesOf, resourcesOf, withoutResources } from '../template/resources';
import { referencedIds, refersTo } from '../template/intrinsics';
import { RESOURCE_TYPES, type LogicalId, type Template } from '../template/types';
import { targetResourceId, targetsOf, withTargets } from './targets';
import { SQS_QUEUE_POLICY, withoutStatementsFor } from './dead-letter-queue';
import { SNS_TOPIC, SNS_TOPIC_POLICY, topicPoliciesOf, withoutUnusedTopicStatements } from './target-resource-policies';

/** Removes the targets that point at removed resources. */
function dropTargetsOnto(template: Template, removed: Set<LogicalId>): Template {
  let next = template;
  for (const [ruleId, r] of Object.entries(resourcesOf(template))) {
    if (r.Type !== RESOURCE_TYPES.rule) continue;
    const targets = targetsOf(template, ruleId);
    const kept = targets.filter((t) => !removed.has(targetResourceId(t) ?? ''));
    if (kept.length !== targets.length) next = withTargets(next, ruleId, kept);
  }
  return next;
}

/** True for what the designer generates around a connection or a function: permissions and roles. */
function isDependent(resource: JsonObject): boolean {
  return resource.Type === RESOURCE_TYPES.lambdaPermission || resource.Type === RESOURCE_TYPES.role;
}

/**
 * Removes resources and what existed only for them: targets that point at them, Lambda permissions
 * naming them, roles that only they used (a rule's target roles, a function's execution role), the
 * queue policy statements written for a removed rule, a topic's publish statement once no rule of
 * the template targets the topic, queue and topic policies left empty or whose queues or topics are
 * all gone, and outputs and DependsOn entries that mention them. Nothing else the user wrote is touched.
 */
export function removeResources(template: Template, ids: Iterable<LogicalId>): Template {
  const removed = new Set<LogicalId>();
  let next = template;
  let batch = [...ids];
  while (batch.length > 0) {
    next = removeBatch(next, new Set(batch), removed);
    const stillReferenced = referencedAnywhere(next);
    // A role or permission that a removed resource used and nothing refers to any more existed only for it.
    batch = [...releasedBy(template, removed)].filter((id) => {
      const r = resourcesOf(next)[id];
      return r !== undefined && isDependent(r) && !stillReferenced.has(id);
    });
  }
  return withoutDanglingMentions(next, removed);
}

/** The policy types whose statements the designer writes for connections, with the key that lists what they apply to. */
const POLICY_LISTS: Readonly<Record<string, string>> = { [SQS_QUEUE_POLICY]: 'Queues', [SNS_TOPIC_POLICY]: 'Topics' };

/** The resources that the rules among `ids` target. */
function targetsOfRules(template: Template, ids: Set<LogicalId>): Set<LogicalId> {
  const out = new Set<LogicalId>();
  for (const id of ids) {
    if (resourcesOf(template)[id]?.Type !== RESOURCE_TYPES.rule) continue;
    for (const t of targetsOf(template, id)) {
      const x = targetResourceId(t);
      if (x) out.add(x);
    }
  }
  return out;
}

/** Removes `batch`, the targets pointing at it and the permissions naming it; records all in `removed`. */
function removeBatch(template: Template, batch: Set<LogicalId>, removed: Set<LogicalId>): Template {
  for (const id of batch) removed.add(id);
  let next = dropTargetsOnto(withoutResources(template, batch), removed);
  // Permissions name a function and a rule; if either is gone, the permission is meaningless.
  for (const [id, r] of Object.entries(resourcesOf(next))) {
    const p = propertiesOf(r);
    if (r.Type === RESOURCE_TYPES.lambdaPermission && [...removed].some((x) => refersTo(p.FunctionName, x) || refersTo(p.SourceArn, x)))
      removed.add(id);
  }
  next = withoutResources(next, removed);
  // Queue policy statements written for a removed rule (their condition names it) go too, and a
  // queue or topic policy whose queues or topics are all gone, or that has no statement left, goes
  // with them. A topic's publish statement serves every rule (it has no condition): it goes with the
  // last rule of the template that targets the topic.
  for (const [id, r] of Object.entries(resourcesOf(next))) {
    const listKey = POLICY_LISTS[String(r.Type)];
    if (!listKey) continue;
    const listed = propertiesOf(r)[listKey];
    if (Array.isArray(listed) && listed.length > 0 && listed.every((q) => [...removed].some((x) => refersTo(q, x)))) {
      removed.add(id);
      continue;
    }
    if (r.Type === SQS_QUEUE_POLICY) for (const x of batch) next = withoutStatementsFor(next, id, x);
    if (!resourcesOf(next)[id]) removed.add(id);
  }
  next = withoutResources(next, removed);
  for (const topicId of targetsOfRules(template, batch)) {
    if (resourcesOf(next)[topicId]?.Type !== SNS_TOPIC) continue;
    const policies = topicPoliciesOf(next, topicId);
    next = withoutUnusedTopicStatements(next, topicId);
    for (const id of policies) if (!resourcesOf(next)[id]) removed.add(id);
  }
  return next;
}

/** What the removed resources referred to, including the roles of targets that pointed at them. */
function releasedBy(original: Template, removed: Set<LogicalId>): Set<LogicalId> {
  const released = new Set<LogicalId>();
  const all = resourcesOf(original);
  for (const id of removed) referencedIds(all[id], released);
  for (const [ruleId, r] of Object.entries(all)) {
    if (r.Type !== RESOURCE_TYPES.rule) continue;
    for (const t of targetsOf(original, ruleId)) if (removed.has(targetResourceId(t) ?? '')) referencedIds(t.RoleArn, released);
  }
  return released;
}

/** Every id some resource or output of the template refers to. */
function referencedAnywhere(template: Template): Set<LogicalId> {
  const out = new Set<LogicalId>();
  for (const r of Object.values(resourcesOf(template))) referencedIds(r, out);
  referencedIds(template.Outputs, out);
  return out;
}

function withoutDanglingMentions(template: Template, removed: Set<LogicalId>): Template {
  const resources: Record<string, Json> = {};
  for (const [id, r] of Object.entries(resourcesOf(template))) resources[id] = withoutDependsOn(r, removed);
  const next: Template = { ...template, Resources: resources };
  if (isJsonObject(template.Outputs)) {
    const outputs: JsonObject = {};
    for (const [name, o] of Object.entries(template.Outputs)) {
      if (![...referencedIds(o)].some((id) => removed.has(id))) outputs[name] = o;
    }
    next.Outputs = outputs;
  }
  return next;
}

function withoutDependsOn(resource: JsonObject, removed: Set<LogicalId>): JsonObject {
  const dependsOn = resource.DependsOn;
  if (typeof dependsOn === 'string' && removed.has(dependsOn)) {
    const { DependsOn: _, ...rest } = resource;
    return rest;
  }
  if (Array.isArray(dependsOn) && dependsOn.some((d) => typeof d === 'string' && removed.has(d))) {
    return { ...resource, DependsOn: dependsOn.filter((d) => !(typeof d === 'string' && removed.has(d))) };
  }
  return resource;
}
