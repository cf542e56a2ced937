import { isJsonObject, type Json, type JsonObject } from '../template/json';
import { referencedIds } from '../template/intrinsics';
import { uniqueLogicalId } from '../template/logical-ids';
import { checkLogicalId } from '../template/names';
import { propertiesOf, resourceOf, resourcesOf, withProperty } from '../template/resources';
import { RESOURCE_TYPES, type LogicalId, type Resource, type Template } from '../template/types';
import type { Layout, Position } from '../layout/positions';
import { busOfRule } from '../graph/bus-of-rule';
import { ensureLambdaPermission } from '../validate/rules/permissions/ensure-lambda-permission';
import { SQS_QUEUE, SQS_QUEUE_POLICY } from './dead-letter-queue';
import { SNS_TOPIC, SNS_TOPIC_POLICY, allowQueueSend, allowTopicPublish } from './target-resource-policies';
import { nameTakenBy } from './name-taken';
import { renameLogicalId } from './rename-logical-id';
import { targetResourceId, targetsOf } from './targets';

export const CLIPBOARD_FORMAT = 'eventbridge-designer/clipboard';
export const CLIPBOARD_VERSION = 1;

/** What the designer puts on the clipboard: resources as they were in the template, and where their nodes were. */
export interface Clipboard {
  format: typeof CLIPBOARD_FORMAT;
  version: typeof CLIPBOARD_VERSION;
  resources: Record<LogicalId, Resource>;
  layout: Record<LogicalId, Position>;
}

export interface Pasted {
  template: Template;
  /** Positions of the pasted nodes, by their new logical ids. */
  layout: Layout;
  /** Logical ids of every resource the paste added, in template order. */
  pasted: LogicalId[];
}

/** What the designer generates around a connection or a function and copies along when it exists only for the copied resources. */
const DEPENDENT_TYPES: ReadonlySet<string> = new Set([
  RESOURCE_TYPES.role,
  RESOURCE_TYPES.lambdaPermission,
  SQS_QUEUE_POLICY,
  SNS_TOPIC_POLICY,
]);

/**
 * The physical-name property of the types that have one, where AWS wants it unique (per account and
 * Region, or per bus for rules), with its maximum length and whether a FIFO ".fifo" ending must stay last.
 */
const NAME_PROPERTIES: Readonly<Record<string, { key: string; max: number; fifo?: boolean }>> = {
  // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreateEventBus.html
  [RESOURCE_TYPES.eventBus]: { key: 'Name', max: 256 },
  // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html
  [RESOURCE_TYPES.rule]: { key: 'Name', max: 64 },
  // https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html
  [RESOURCE_TYPES.lambdaFunction]: { key: 'FunctionName', max: 64 },
  // https://docs.aws.amazon.com/step-functions/latest/apireference/API_CreateStateMachine.html
  [RESOURCE_TYPES.stateMachine]: { key: 'StateMachineName', max: 80 },
  // https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
  [RESOURCE_TYPES.role]: { key: 'RoleName', max: 64 },
  // https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html
  'AWS::IAM::ManagedPolicy': { key: 'ManagedPolicyName', max: 128 },
  // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html (FIFO names end in .fifo)
  'AWS::SQS::Queue': { key: 'QueueName', max: 80, fifo: true },
  // https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html (FIFO names end in .fifo)
  'AWS::SNS::Topic': { key: 'TopicName', max: 256, fifo: true },
  // https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogGroup.html
  'AWS::Logs::LogGroup': { key: 'LogGroupName', max: 512 },
  // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreateConnection.html
  'AWS::Events::Connection': { key: 'Name', max: 64 },
  // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreateApiDestination.html
  'AWS::Events::ApiDestination': { key: 'Name', max: 64 },
};

/** The resource ids `value` refers to (Ref, GetAtt, Sub) that are resources of the template, itself excluded. */
function resourceRefs(resources: Record<LogicalId, JsonObject>, id: LogicalId): Set<LogicalId> {
  return new Set([...referencedIds(resources[id])].filter((x) => x !== id && x in resources));
}

/**
 * The chosen resources and what exists only for them: a role, Lambda permission or queue policy that is
 * tied to the selection (refers to it, or is referred to by it), refers to nothing outside it, and that
 * nothing outside it refers to. So a function brings its execution role, a rule and its target bring the
 * permission or role of that connection, and a role shared with resources left behind stays behind.
 */
function withDependents(template: Template, chosen: Set<LogicalId>): Set<LogicalId> {
  const resources = resourcesOf(template);
  const refs = new Map(Object.keys(resources).map((id) => [id, resourceRefs(resources, id)]));
  const referrersOf = new Map<LogicalId, LogicalId[]>();
  for (const [id, set] of refs) {
    for (const x of set) {
      if (!referrersOf.has(x)) referrersOf.set(x, []);
      referrersOf.get(x)!.push(id);
    }
  }
  const selected = new Set(chosen);
  for (let grew = true; grew;) {
    grew = false;
    for (const [id, r] of Object.entries(resources)) {
      if (selected.has(id) || typeof r.Type !== 'string' || !DEPENDENT_TYPES.has(r.Type)) continue;
      const own = refs.get(id)!;
      const referrers = referrersOf.get(id) ?? [];
      const tied = [...own].some((x) => selected.has(x)) || referrers.some((x) => selected.has(x));
      if (tied && [...own].every((x) => selected.has(x)) && referrers.every((x) => selected.has(x))) {
        selected.add(id);
        grew = true;
      }
    }
  }
  return selected;
}

/**
 * Copies canvas nodes: the resources with these logical ids (ids that are not resources, like the
 * default bus, are ignored) plus what exists only for them (see withDependents), in template order,
 * with their positions. The clipboard holds the resources as they are; paste does the renaming.
 */
export function copyResources(template: Template, ids: Iterable<LogicalId>, layout: Layout): Clipboard {
  const chosen = new Set([...ids].filter((id) => resourceOf(template, id)));
  const selected = withDependents(template, chosen);
  const resources: Record<LogicalId, Resource> = {};
  const positions: Record<LogicalId, Position> = {};
  for (const id of Object.keys(resourcesOf(template))) {
    if (!selected.has(id)) continue;
    resources[id] = structuredClone(resourceOf(template, id)!);
    const p = layout[id];
    if (p) positions[id] = { x: p.x, y: p.y };
  }
  return { format: CLIPBOARD_FORMAT, version: CLIPBOARD_VERSION, resources, layout: positions };
}

/** The clipboard as text (JSON), for the system clipboard. */
export function writeClipboard(clipboard: Clipboard): string {
  return JSON.stringify(clipboard);
}

/**
 * The designer's clipboard read back from text, or undefined when the text is anything else (other
 * JSON, another format or version, resources that are not resources). Positions that are not two
 * finite numbers are dropped.
 */
export function readClipboard(text: string): Clipboard | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isJsonObject(value) || value.format !== CLIPBOARD_FORMAT || value.version !== CLIPBOARD_VERSION) return undefined;
  if (!isJsonObject(value.resources) || (value.layout !== undefined && !isJsonObject(value.layout))) return undefined;
  const resources: Record<LogicalId, Resource> = {};
  for (const [id, r] of Object.entries(value.resources)) {
    if (checkLogicalId(id) || !isJsonObject(r) || typeof r.Type !== 'string') return undefined;
    resources[id] = r as Resource;
  }
  const layout: Record<LogicalId, Position> = {};
  for (const [id, p] of Object.entries(value.layout ?? {})) {
    if (id in resources && isJsonObject(p) && Number.isFinite(p.x) && Number.isFinite(p.y))
      layout[id] = { x: p.x as number, y: p.y as number };
  }
  return { format: CLIPBOARD_FORMAT, version: CLIPBOARD_VERSION, resources, layout };
}

/** New logical ids for the clipboard's resources: free in the template, distinct, and not a name the clipboard refers to. */
function newIdsFor(template: Template, clipboard: Resource[], oldIds: LogicalId[]): LogicalId[] {
  const reserved: Record<string, Json> = {};
  // Every key of Resources, even an entry that is not a resource object: pasting must not overwrite it.
  for (const id of Object.keys(isJsonObject(template.Resources) ? template.Resources : {})) reserved[id] = {};
  // An id a pasted resource refers to but that is not pasted must keep meaning what it meant.
  for (const r of clipboard) for (const x of referencedIds(r)) if (!oldIds.includes(x)) reserved[x] = {};
  return oldIds.map((id) => {
    const next = pasteId({ ...template, Resources: { ...reserved } }, id); // a new object: resourcesOf caches by identity
    reserved[next] = {};
    return next;
  });
}

/**
 * The id itself when free (uniqueLogicalId decides what is taken), else the next number: EventRule ->
 * EventRule2, and a copy of EventRule2 -> EventRule3 rather than EventRule22.
 */
function pasteId(template: Template, id: LogicalId): LogicalId {
  const clean = id.replace(/[^A-Za-z0-9]/g, '') || 'Resource';
  const free = (candidate: string) => uniqueLogicalId(template, candidate) === candidate;
  if (free(clean)) return clean;
  const numbered = /^(.*[^0-9])(\d{1,6})$/.exec(clean);
  const base = numbered ? numbered[1]! : clean;
  for (let n = numbered ? Number(numbered[2]) + 1 : 2; ; n++) if (free(`${base}${n}`)) return `${base}${n}`;
}

/** The clipboard's resources under their new ids, every reference between them rewritten (Ref, GetAtt, Sub, DependsOn). */
function renamedResources(clipboard: Clipboard, oldIds: LogicalId[], newIds: LogicalId[]): Record<LogicalId, JsonObject> {
  let t: Template = { Resources: structuredClone(clipboard.resources) };
  // Through temporary ids, so that a new id that is also an old one is never renamed twice.
  const taken: Record<string, Json> = {};
  for (const id of [...oldIds, ...newIds]) taken[id] = {};
  for (const r of Object.values(clipboard.resources)) for (const x of referencedIds(r)) taken[x] = {};
  const temps = oldIds.map(() => {
    const temp = uniqueLogicalId({ Resources: { ...taken } }, 'PasteTemporary');
    taken[temp] = {};
    return temp;
  });
  oldIds.forEach((id, i) => (t = renameLogicalId(t, id, temps[i]!)));
  temps.forEach((temp, i) => (t = renameLogicalId(t, temp, newIds[i]!)));
  return resourcesOf(t);
}

/** True when another resource of the same type (on the same bus, for rules) has this name. */
function nameClashes(template: Template, id: LogicalId, key: string, name: Json): boolean {
  if (typeof name === 'string') return nameTakenBy(template, id, key, name) !== undefined;
  // Names built with intrinsics (Fn::Sub "${AWS::StackName}-handler") clash when written the same way.
  const resources = resourcesOf(template);
  const type = resources[id]?.Type;
  const text = JSON.stringify(name);
  const bus = type === RESOURCE_TYPES.rule ? busOfRule(template, id) : undefined;
  return Object.entries(resources).some(
    ([other, r]) =>
      other !== id &&
      r.Type === type &&
      JSON.stringify(propertiesOf(r)[key]) === text &&
      (type !== RESOURCE_TYPES.rule || busOfRule(template, other) === bus),
  );
}

/** `name` with the n-th copy suffix ("-copy", "-copy-2", ...), an earlier copy suffix replaced, within `max` characters. */
function copyName(name: string, n: number, max: number, fifo: boolean): string {
  const ending = fifo && name.endsWith('.fifo') ? '.fifo' : '';
  const stem = name.slice(0, name.length - ending.length);
  const base = stem.replace(/-copy(-\d+)?$/, '') || stem;
  const suffix = n === 1 ? '-copy' : `-copy-${n}`;
  return base.slice(0, Math.max(0, max - suffix.length - ending.length)) + suffix + ending;
}

/** The name with the n-th copy suffix, for a string name or a Fn::Sub text; undefined for names we cannot rewrite. */
function copyNameValue(name: Json, n: number, max: number, fifo: boolean): Json | undefined {
  if (typeof name === 'string') return copyName(name, n, max, fifo);
  if (!isJsonObject(name) || Object.keys(name).length !== 1) return undefined;
  const s = name['Fn::Sub'];
  const suffix = n === 1 ? '-copy' : `-copy-${n}`;
  if (typeof s === 'string') return { 'Fn::Sub': s + suffix };
  if (Array.isArray(s) && typeof s[0] === 'string') return { 'Fn::Sub': [s[0] + suffix, ...s.slice(1)] };
  return undefined;
}

/** Gives the pasted resource a physical name no other resource has, when its name clashes. */
function withUniqueName(template: Template, id: LogicalId): Template {
  const resource = resourcesOf(template)[id];
  const spec = NAME_PROPERTIES[String(resource?.Type)];
  const name = propertiesOf(resource)[spec?.key ?? ''];
  if (!resource || !spec || name === undefined || !nameClashes(template, id, spec.key, name)) return template;
  for (let n = 1; n < 10_000; n++) {
    const candidate = copyNameValue(name, n, spec.max, spec.fifo ?? false);
    if (candidate === undefined) return template;
    if (!nameClashes(template, id, spec.key, candidate))
      return { ...template, Resources: { ...(template.Resources as JsonObject), [id]: withProperty(resource, spec.key, candidate) } };
  }
  return template;
}

/**
 * Pastes the clipboard into the template as new resources:
 * - each gets a logical id the template does not use (EventRule -> EventRule2, EventRule2 -> EventRule3);
 * - references between pasted resources follow the new ids (Ref, GetAtt, Sub, DependsOn, policy
 *   conditions); references to resources that were not copied are kept, so they point at the
 *   originals when the template has them (a pasted rule stays on its custom bus);
 * - physical names that another resource already has get "-copy", "-copy-2", ... (a pasted rule
 *   that names a pasted bus by its name follows that bus's new name); target Ids are kept, being
 *   unique per rule only;
 * - a pasted rule whose Lambda target was not pasted gets the permission it needs to invoke that
 *   function, as connecting it on the canvas would give (unless a permission already admits it);
 * - a pasted rule that targets an SNS topic or SQS queue gets the policy statement that lets
 *   EventBridge deliver for it, unless a policy already does: in the topic's or queue's policy,
 *   which may be an existing one (a topic or queue has a single policy);
 * - positions are the copied ones moved by `offset`.
 * Other existing resources are never changed. An empty clipboard returns the template itself.
 */
export function pasteResources(template: Template, clipboard: Clipboard, offset: Position = { x: 40, y: 40 }): Pasted {
  const oldIds = Object.keys(clipboard.resources);
  if (oldIds.length === 0) return { template, layout: {}, pasted: [] };
  const newIds = newIdsFor(template, Object.values(clipboard.resources), oldIds);
  const renamed = renamedResources(clipboard, oldIds, newIds);
  let next: Template = {
    ...template,
    Resources: { ...(isJsonObject(template.Resources) ? template.Resources : {}), ...renamed },
  };

  // Buses first: a pasted rule's name is unique per bus, and it may name a pasted bus by its name.
  const isBus = (id: LogicalId) => resourcesOf(next)[id]?.Type === RESOURCE_TYPES.eventBus;
  const busNames = new Map<string, string>();
  for (const id of newIds.filter(isBus)) {
    const before = propertiesOf(resourcesOf(next)[id]).Name;
    next = withUniqueName(next, id);
    const after = propertiesOf(resourcesOf(next)[id]).Name;
    if (typeof before === 'string' && typeof after === 'string' && before !== after) busNames.set(before, after);
  }
  for (const id of newIds) {
    const r = resourcesOf(next)[id]!;
    const bus = propertiesOf(r).EventBusName;
    if (r.Type === RESOURCE_TYPES.rule && typeof bus === 'string' && busNames.has(bus))
      next = { ...next, Resources: { ...(next.Resources as JsonObject), [id]: withProperty(r, 'EventBusName', busNames.get(bus)!) } };
  }
  for (const id of newIds.filter((x) => !isBus(x))) next = withUniqueName(next, id);

  // A pasted rule that targets a function left behind is a new connection to it: it needs its own permission.
  const pasted = new Set(newIds);
  for (const id of newIds) {
    if (resourcesOf(next)[id]?.Type !== RESOURCE_TYPES.rule) continue;
    targetsOf(next, id).forEach((t, index) => {
      const fn = targetResourceId(t);
      if (fn && !pasted.has(fn) && resourceOf(next, fn)?.Type === RESOURCE_TYPES.lambdaFunction) {
        // Only the added permission is taken, so nothing else of the template is touched.
        const ensured = resourcesOf(ensureLambdaPermission(next, id, index));
        for (const [added, r] of Object.entries(ensured)) {
          if (isJsonObject(next.Resources) && added in next.Resources) continue;
          next = { ...next, Resources: { ...(next.Resources as JsonObject), [added]: r } };
          pasted.add(added);
        }
      }
    });
  }

  // A pasted rule that targets a topic or queue needs what connecting it would give: a policy
  // statement that lets EventBridge deliver for it, unless a policy already does. A queue or topic
  // has one policy, so an existing policy gets the statement (the one change to existing resources).
  for (const id of newIds) {
    if (resourcesOf(next)[id]?.Type !== RESOURCE_TYPES.rule) continue;
    for (const t of targetsOf(next, id)) {
      const targetId = targetResourceId(t);
      const type = targetId ? resourceOf(next, targetId)?.Type : undefined;
      if (type !== SNS_TOPIC && type !== SQS_QUEUE) continue;
      const before = new Set(Object.keys(resourcesOf(next)));
      next = type === SNS_TOPIC ? allowTopicPublish(next, targetId!, id) : allowQueueSend(next, targetId!, id);
      for (const added of Object.keys(resourcesOf(next))) if (!before.has(added)) pasted.add(added);
    }
  }

  const layout: Layout = {};
  oldIds.forEach((id, i) => {
    const p = clipboard.layout[id];
    if (p) layout[newIds[i]!] = { x: p.x + offset.x, y: p.y + offset.y };
  });
  return { template: next, layout, pasted: Object.keys(resourcesOf(next)).filter((id) => pasted.has(id)) };
}
