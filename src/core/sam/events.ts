import { isJsonObject, type Json } from '../template/json';
import { reportUnknownProperties } from './event-properties';
import { expandRuleEvent } from './rule-event';
import { expandScheduleV2 } from './schedule-v2';
import type { Emitter, EventOwner, GeneratedBy } from './types';

/** The event types that make an EventBridge rule.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-eventsource.html */
export const RULE_EVENT_TYPES: ReadonlySet<string> = new Set(['EventBridgeRule', 'CloudWatchEvent', 'Schedule']);

/** An API that SAM creates once for every Api (or HttpApi) event that names none, with where it is first asked for.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources-function.html */
export interface ImplicitApi {
  id: 'ServerlessRestApi' | 'ServerlessHttpApi';
  by: GeneratedBy;
}

function implicitApiOf(type: string, props: Json | undefined, by: GeneratedBy): ImplicitApi | undefined {
  const p = isJsonObject(props) ? props : {};
  if (type === 'Api' && p.RestApiId === undefined) return { id: 'ServerlessRestApi', by };
  if (type === 'HttpApi' && p.ApiId === undefined) return { id: 'ServerlessHttpApi', by };
  return undefined;
}

/**
 * Expands the EventBridge events (EventBridgeRule, CloudWatchEvent, Schedule, ScheduleV2) of a SAM
 * function or state machine; other event sources are left out. Never throws: a malformed section is
 * reported and skipped. Returns the implicit APIs the other events ask SAM for.
 */
export function expandEvents(emit: Emitter, owner: EventOwner, events: Json | undefined, path: (string | number)[]): ImplicitApi[] {
  const apis: ImplicitApi[] = [];
  if (events === undefined || events === null) return apis;
  if (!isJsonObject(events)) {
    emit.issue('malformed', path, 'Events must map event names to event sources; SAM refuses anything else.');
    return apis;
  }
  for (const [name, event] of Object.entries(events)) {
    const at = [...path, name];
    if (!isJsonObject(event)) {
      emit.issue('malformed', at, `Event ${name} must be an object with a Type and Properties.`);
      continue;
    }
    if (typeof event.Type !== 'string') {
      emit.issue('malformed', at, `Event ${name} has no Type (such as EventBridgeRule or Schedule); SAM refuses it.`);
      continue;
    }
    const api = implicitApiOf(event.Type, event.Properties, { samResource: owner.id, samType: owner.samType, event: name, path: at });
    if (api) apis.push(api);
    if (!RULE_EVENT_TYPES.has(event.Type) && event.Type !== 'ScheduleV2') continue;
    const props = event.Properties ?? {};
    if (!isJsonObject(props)) {
      emit.issue('malformed', [...at, 'Properties'], `The Properties of event ${name} must be an object.`);
      continue;
    }
    // Generated logical ids are <resource><event>: an event name must be alphanumeric like any logical id.
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html
    if (!/^[A-Za-z0-9]+$/.test(name)) {
      emit.issue('malformed', at, `Event name ${name} must be alphanumeric: SAM names the resources it makes ${owner.id}${name}...`);
      continue;
    }
    reportUnknownProperties(emit, owner.kind, event.Type, props, [...at, 'Properties']);
    if (event.Type === 'ScheduleV2') expandScheduleV2(emit, owner, name, props, at);
    else expandRuleEvent(emit, owner, name, event.Type, props, at);
  }
  return apis;
}
