import { isJsonObject, type Json } from '../template/json';
import { selectPath } from './select-path';

export interface TransformContext {
  ruleArn: string;
  ruleName: string;
  ingestionTime: string;
}

export type Transformed = { ok: true; text: string; notes: string[] } | { ok: false; message: string };

const PLACEHOLDER = /<([A-Za-z0-9_.-]+)>/g;

/** Whether the placeholder at `index` sits inside a JSON string of the template (odd number of unescaped quotes before it). */
function insideString(template: string, index: number): boolean {
  let inside = false;
  for (let i = 0; i < index; i++) {
    if (template[i] === '\\') i++;
    else if (template[i] === '"') inside = !inside;
  }
  return inside;
}

/**
 * The text an InputTransformer sends: each <name> in InputTemplate replaced by the value its
 * InputPathsMap path selects. Outside quotes a value goes in as JSON ("instance": <instance> gives
 * "instance": "i-0123456789"); inside quotes its raw text goes in, unescaped ("EventBridge doesn't
 * escape values extracted by Input Path"). A path missing from the event creates no variable: inside
 * quotes it leaves nothing, outside we show null (the docs say only that it "won't appear in the
 * output"). Reserved variables: aws.events.rule-arn, rule-name, event.ingestion-time, event (the
 * event without detail) and event.json (the whole event).
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html
 */
export function transformInput(transformer: Json | undefined, event: Json, context: TransformContext): Transformed {
  if (!isJsonObject(transformer)) return { ok: false, message: 'InputTransformer must be an object with InputTemplate and InputPathsMap.' };
  const template = transformer.InputTemplate;
  if (typeof template !== 'string')
    return { ok: false, message: 'InputTemplate must be a string; this one is computed when deployed and cannot be shown.' };
  const map = transformer.InputPathsMap ?? {};
  if (!isJsonObject(map)) return { ok: false, message: 'InputPathsMap must be an object of variable names and JSON paths.' };
  const notes: string[] = [];
  const withoutDetail = isJsonObject(event) ? Object.fromEntries(Object.entries(event).filter(([k]) => k !== 'detail')) : event;
  const reserved: Record<string, Json> = {
    'aws.events.rule-arn': context.ruleArn,
    'aws.events.rule-name': context.ruleName,
    'aws.events.event.ingestion-time': context.ingestionTime,
    'aws.events.event': withoutDetail,
    'aws.events.event.json': event,
  };
  const text = template.replace(PLACEHOLDER, (whole, name: string, index: number) => {
    const quoted = insideString(template, index);
    let value: Json | undefined;
    if (name in reserved) value = reserved[name];
    else if (name in map) {
      const path = map[name];
      const selected = typeof path === 'string' ? selectPath(event, path) : { found: false as const, reason: 'bad-path' as const };
      if (selected.found) value = selected.value;
      else
        notes.push(
          selected.reason === 'bad-path'
            ? `<${name}>: "${String(path)}" is not a JSON path EventBridge reads.`
            : `<${name}>: the event has nothing at ${String(path)}.`,
        );
    } else {
      notes.push(`<${name}> is not in InputPathsMap and is not a reserved variable; it is sent as written.`);
      return whole;
    }
    if (value === undefined) return quoted ? '' : 'null';
    if (quoted) return typeof value === 'string' ? value : JSON.stringify(value);
    return JSON.stringify(value);
  });
  return { ok: true, text, notes: [...new Set(notes)] };
}
