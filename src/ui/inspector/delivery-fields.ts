import { isJsonObject, type JsonObject } from '../../core/template/json';
import { parsePath } from '../../core/delivery/json-path';

// Limits from the AWS::Events::Rule Target schema and
// https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html

/** Input: valid JSON text, at most 8,192 characters. */
export function checkInput(text: string): string | undefined {
  if (text.length > 8192) return `Input may have at most 8,192 characters (this has ${text.length}).`;
  try {
    JSON.parse(text);
    return undefined;
  } catch {
    return 'Input is sent as the payload and must be JSON: an object, or a string in quotes such as "\\"hello\\"".';
  }
}

/** InputPath: a JSON path, dot or bracket notation, at most 256 characters. */
export function checkInputPath(text: string): string | undefined {
  if (text.length > 256) return 'An input path may have at most 256 characters.';
  return parsePath(text.trim(), true) ? undefined : 'Write a JSON path such as $.detail or $.detail.state.';
}

/** InputPathsMap: at most 100 names, none reserved, each a dot-notation JSON path. */
export function readPathsMap(text: string): { value?: JsonObject; error?: string } {
  if (text.trim() === '') return { value: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { error: 'Write a JSON object of names and paths, such as {"state": "$.detail.state"}.' };
  }
  if (!isJsonObject(parsed)) return { error: 'Write a JSON object of names and paths, such as {"state": "$.detail.state"}.' };
  const names = Object.keys(parsed);
  if (names.length > 100) return { error: `At most 100 variables (this has ${names.length}).` };
  for (const name of names) {
    const path = parsed[name];
    if (/^aws\./i.test(name)) return { error: `<${name}>: names starting with "AWS." are reserved.` };
    if (typeof path !== 'string' || !parsePath(path.trim(), false))
      return { error: `<${name}>: write a JSON path in dot notation, such as $.detail.state.` };
  }
  return { value: parsed };
}

/** InputTemplate: 1 to 8,192 characters. */
export function checkInputTemplate(text: string): string | undefined {
  if (text.length === 0) return 'The template is required: the text or JSON the target receives, with <name> placeholders.';
  return text.length > 8192 ? `The template may have at most 8,192 characters (this has ${text.length}).` : undefined;
}

/** A whole number within a range, or empty (the default). */
export function checkWhole(min: number, max: number) {
  return (text: string): string | undefined => {
    if (text.trim() === '') return undefined;
    const n = Number(text);
    return Number.isInteger(n) && n >= min && n <= max ? undefined : `Write a whole number from ${min} to ${max}.`;
  };
}
