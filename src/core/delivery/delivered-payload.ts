import { isJsonObject, type Json, type JsonObject } from '../template/json';
import { parsePath, valueAt } from './json-path';

export interface DeliveryContext {
  ruleArn: string;
  ruleName: string;
  ingestionTime?: string;
}

type Kind = 'input' | 'input-path' | 'input-transformer';
export type DeliveredPayload =
  { ok: true; payload: Json | string; kind: 'event' | Kind; text: string } | { ok: false; kind: Kind; message: string };

// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-target.html
const PROPERTIES: [string, Kind][] = [
  ['Input', 'input'],
  ['InputPath', 'input-path'],
  ['InputTransformer', 'input-transformer'],
];
const PLACEHOLDER = /<([A-Za-z0-9_.-]+)>/y;
const INGESTION_TIME = 'aws.events.event.ingestion-time';
const fail = (kind: Kind, message: string): DeliveredPayload => ({ ok: false, kind, message });

function parseJson(text: string): { ok: true; value: Json } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as Json };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * What a target receives for `event`: the whole event, or what its Input, InputPath or
 * InputTransformer make of it. Never throws; anything it cannot evaluate gives ok: false.
 */
export function deliveredPayload(target: JsonObject, event: JsonObject, context: DeliveryContext): DeliveredPayload {
  const set = PROPERTIES.filter(([property]) => target[property] !== undefined);
  try {
    // "Input, InputPath, and InputTransformer are mutually exclusive and optional parameters of a target."
    // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html
    if (set.length > 1) return fail(set[0]![1], `${set.map(([p]) => p).join(' and ')} are set; a target takes at most one of them.`);
    if (target.Input !== undefined) return fromInput(target.Input);
    if (target.InputPath !== undefined) return fromInputPath(target.InputPath, event);
    if (target.InputTransformer !== undefined) return transform(target.InputTransformer, event, context);
    // "Neither Input nor InputPath is specified, then the entire event is passed to the target in JSON form." (API_Target)
    return { ok: true, kind: 'event', payload: event, text: JSON.stringify(event) };
  } catch (error) {
    return fail(set[0]?.[1] ?? 'input', `Could not compute the payload: ${String(error)}`);
  }
}

/** Input: "Valid JSON text passed to the target. In this case, nothing from the event itself is passed" (API_Target). */
function fromInput(input: Json): DeliveredPayload {
  if (typeof input !== 'string')
    return fail('input', 'Input is not a plain string (an intrinsic function computes it when deployed), so it cannot be evaluated here.');
  const parsed = parseJson(input);
  if (!parsed.ok) return fail('input', `Input must be valid JSON text, and this is not: ${parsed.error}`);
  return { ok: true, kind: 'input', payload: parsed.value, text: input };
}

/** InputPath: "only the part of the event specified in the path is passed"; dot or bracket notation (API_Target). */
function fromInputPath(path: Json, event: JsonObject): DeliveredPayload {
  if (typeof path !== 'string')
    return fail(
      'input-path',
      'InputPath is not a plain string (an intrinsic function computes it when deployed), so it cannot be evaluated here.',
    );
  const steps = parsePath(path.trim(), true);
  if (!steps) return fail('input-path', `"${path}" is not a JSON path EventBridge reads, such as $.detail or $.detail['instance-id'].`);
  const value = valueAt(event, steps);
  // The docs do not say what a target gets when InputPath selects nothing, so we do not guess.
  if (value === undefined)
    return fail('input-path', `The event has nothing at ${path}; the AWS docs do not say what EventBridge sends then.`);
  return { ok: true, kind: 'input-path', payload: value, text: JSON.stringify(value) };
}

/**
 * InputTransformer, per https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html
 * and https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_InputTransformer.html:
 * - a variable outside quotes in a JSON template goes in as JSON (Simple JSON example: <instance> gives "i-0123456789");
 * - inside quotes its text goes in as is: "EventBridge doesn't escape values extracted by Input Path";
 * - a path the event lacks: "that variable isn't created and won't appear in the output", so it becomes nothing;
 * - a template that starts with {, [ or " is JSON ("The InputTemplate must be valid JSON", CFN reference) and so must
 *   its result; other templates ("<instance> is in state <status>", API reference) are sent as plain text;
 * - "The JSON that is passed to the target is minified";
 * - placeholders neither in InputPathsMap nor predefined are not documented; they are left as written.
 */
function transform(transformer: Json, event: JsonObject, context: DeliveryContext): DeliveredPayload {
  const bad = (message: string) => fail('input-transformer', message);
  if (!isJsonObject(transformer)) return bad('InputTransformer must be an object with an InputTemplate.');
  const { InputTemplate: template, InputPathsMap: map = {} } = transformer;
  if (typeof template !== 'string')
    return bad('InputTemplate is not a plain string (an intrinsic function computes it when deployed), so it cannot be evaluated here.');
  if (!isJsonObject(map)) return bad('InputPathsMap must be an object of variable names and JSON paths.');
  const { detail: _detail, ...withoutDetail } = event;
  // Predefined variables, from the "Predefined variables" section of the user guide page above.
  const values = new Map<string, Json>([
    ['aws.events.rule-arn', context.ruleArn],
    ['aws.events.rule-name', context.ruleName],
    ['aws.events.event', withoutDetail], // "The original event payload as JSON (without the detail field)"
    ['aws.events.event.json', event], // "The full original event payload as JSON (with the detail field)"
  ]);
  if (context.ingestionTime !== undefined) values.set(INGESTION_TIME, context.ingestionTime);
  const missing = new Map<string, string>();
  for (const [name, path] of Object.entries(map)) {
    // "These variables are reserved, and you can't create variables with these names"
    if (values.has(name) || name === INGESTION_TIME) return bad(`<${name}> is a predefined variable; InputPathsMap cannot define it.`);
    if (typeof path !== 'string') return bad(`InputPathsMap.${name} is not a plain string, so it cannot be evaluated here.`);
    const steps = parsePath(path.trim(), false);
    if (!steps) return bad(`InputPathsMap.${name}: "${path}" is not a dot-notation JSON path such as $.detail.state.`);
    const value = valueAt(event, steps);
    if (value === undefined) missing.set(name, path);
    else values.set(name, value);
  }
  const isJson = /^[[{"]/.test(template.trim());
  let out = '';
  let quoted = false;
  for (let i = 0; i < template.length;) {
    PLACEHOLDER.lastIndex = i;
    const match = template[i] === '<' ? PLACEHOLDER.exec(template) : null;
    if (match) {
      const name = match[1]!;
      i = PLACEHOLDER.lastIndex;
      if (name === INGESTION_TIME && !values.has(name))
        return bad(`<${INGESTION_TIME}> is set by EventBridge when it receives the event; give an ingestion time to see it.`);
      // "If InputTemplate is a JSON object ... The placeholder cannot be used as an object key." (API_InputTransformer)
      if (isJson && !quoted && /^\s*:/.test(template.slice(i)))
        return bad(`<${name}> is used as an object key, which EventBridge does not allow.`);
      const value = values.get(name);
      if (value === undefined) out += missing.has(name) ? '' : match[0];
      else out += isJson && !quoted ? JSON.stringify(value) : typeof value === 'string' ? value : JSON.stringify(value);
      continue;
    }
    const ch = template[i]!;
    const step = quoted && ch === '\\' ? 2 : 1; // an escaped character inside a string never closes it
    if (ch === '"') quoted = !quoted;
    out += template.slice(i, i + step);
    i += step;
  }
  if (!isJson) return { ok: true, kind: 'input-transformer', payload: out, text: out };
  const parsed = parseJson(out);
  if (parsed.ok) return { ok: true, kind: 'input-transformer', payload: parsed.value, text: JSON.stringify(parsed.value) };
  const why = [...missing].map(([name, path]) => ` <${name}> is empty because the event has nothing at ${path}.`).join('');
  return bad(`The filled template is not valid JSON (${parsed.error}):${why} ${out}`);
}
