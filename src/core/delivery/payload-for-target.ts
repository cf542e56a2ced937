import type { Json, JsonObject } from '../template/json';
import { selectPath } from './select-path';
import { transformInput, type TransformContext } from './transform-input';

export type Payload =
  | { ok: true; kind: 'event' | 'input' | 'input-path' | 'input-transformer'; text: string; notes: string[] }
  | { ok: false; kind: 'input' | 'input-path' | 'input-transformer' | 'conflict'; message: string };

const pretty = (value: Json) => JSON.stringify(value, null, 2);

/** The transformed text, pretty-printed when it is JSON (EventBridge sends it minified). */
function prettyIfJson(text: string): string {
  try {
    return pretty(JSON.parse(text) as Json);
  } catch {
    return text;
  }
}

/**
 * What a target receives for an event: the whole event, or what Input, InputPath or
 * InputTransformer make of it ("mutually exclusive and optional parameters of a target").
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-target.html
 */
export function payloadForTarget(target: JsonObject, event: JsonObject, context: TransformContext): Payload {
  const given = (['Input', 'InputPath', 'InputTransformer'] as const).filter((k) => target[k] !== undefined);
  if (given.length > 1) return { ok: false, kind: 'conflict', message: `${given.join(' and ')} are set; a target takes only one of them.` };
  if (target.Input !== undefined) {
    // Input is "valid JSON text passed to the target", sent instead of the event.
    if (typeof target.Input !== 'string')
      return { ok: false, kind: 'input', message: 'Input is computed when deployed; it cannot be shown here.' };
    try {
      return { ok: true, kind: 'input', text: pretty(JSON.parse(target.Input) as Json), notes: [] };
    } catch {
      return { ok: false, kind: 'input', message: 'Input is not valid JSON text, which EventBridge requires.' };
    }
  }
  if (target.InputPath !== undefined) {
    if (typeof target.InputPath !== 'string')
      return { ok: false, kind: 'input-path', message: 'InputPath is computed when deployed; it cannot be shown here.' };
    const selected = selectPath(event, target.InputPath);
    if (!selected.found)
      return {
        ok: false,
        kind: 'input-path',
        message:
          selected.reason === 'bad-path'
            ? `"${target.InputPath}" is not a JSON path EventBridge reads (such as $.detail).`
            : `This event has nothing at ${target.InputPath}.`,
      };
    return { ok: true, kind: 'input-path', text: pretty(selected.value), notes: [] };
  }
  if (target.InputTransformer !== undefined) {
    const result = transformInput(target.InputTransformer, event, context);
    if (!result.ok) return { ok: false, kind: 'input-transformer', message: result.message };
    return { ok: true, kind: 'input-transformer', text: prettyIfJson(result.text), notes: result.notes };
  }
  return { ok: true, kind: 'event', text: pretty(event), notes: [] };
}
