import { isJsonObject, type Json } from '../template/json';
import type { LogicalId, Template } from '../template/types';
import type { GeneratedBy, SamPath } from './types';

// Where a property of a generated resource comes from in the SAM resource or event, when it is renamed.
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-statemachine.html
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-eventbridgerule.html
const RENAMED: Record<string, string> = {
  StateMachineName: 'Name',
  StateMachineType: 'Type',
  RoleArn: 'Role',
  DefinitionS3Location: 'DefinitionUri',
  LoggingConfiguration: 'Logging',
  TracingConfiguration: 'Tracing',
  EventPattern: 'Pattern',
  ScheduleExpression: 'Schedule',
  Code: 'CodeUri',
};

function exists(template: Template, path: SamPath): boolean {
  let v: Json | undefined = template;
  for (const s of path) {
    if (Array.isArray(v) && typeof s === 'number') v = v[s];
    else if (isJsonObject(v) && typeof s === 'string') v = v[s];
    else return false;
    if (v === undefined) return false;
  }
  return true;
}

/** The longest prefix of `candidate` that exists in the template, but never shorter than `base`. */
function deepestExisting(template: Template, base: SamPath, candidate: SamPath): SamPath {
  for (let n = candidate.length; n > base.length; n--) if (exists(template, candidate.slice(0, n))) return candidate.slice(0, n);
  return base;
}

/** The candidate path in the SAM source of what follows /Resources/<id>/ in a generated resource. */
function candidateOf(by: GeneratedBy, id: LogicalId, rest: (string | number)[]): SamPath {
  const [section, key, ...deeper] = rest;
  if (section !== 'Properties' || typeof key !== 'string') return by.path;
  if (by.event === undefined)
    return id === by.samResource ? [...by.path, 'Properties', RENAMED[key] ?? key, ...deeper] : [...by.path, 'Properties', 'Policies'];
  const props = [...by.path, 'Properties'];
  if (key === 'Targets' && deeper[0] === 0 && typeof deeper[1] === 'string')
    return deeper[1] === 'Id' ? [...props, 'Target', 'Id'] : [...props, deeper[1], ...deeper.slice(2)];
  if (key === 'Name') return [...props, 'RuleName'];
  return [...props, RENAMED[key] ?? key, ...deeper];
}

/**
 * Where in the original SAM template a place in the expanded template comes from, so a finding on a
 * generated resource can be shown where the user wrote it: e.g. /Resources/FnOnOrder/Properties/EventPattern
 * -> Resources/Fn/Properties/Events/OnOrder/Properties/Pattern. Undefined for a place SAM did not generate.
 */
export function sourcePathOf(original: Template, generated: Map<LogicalId, GeneratedBy>, segments: SamPath): SamPath | undefined {
  const [section, id, ...rest] = segments;
  if (section !== 'Resources' || typeof id !== 'string') return undefined;
  const by = generated.get(id);
  if (!by) return undefined;
  let candidate = candidateOf(by, id, rest);
  // A Schedule names its rule with Name, the other events with RuleName.
  if (candidate.at(-1) === 'RuleName' && !exists(original, candidate)) candidate = [...candidate.slice(0, -1), 'Name'];
  return deepestExisting(original, by.path, candidate);
}
