import { isJsonObject, type Json, type JsonObject } from '../../core/template/json';

/** JSON text of a value for an editable field. */
export function jsonText(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}

/** Parses a field that must hold a JSON object; says why not otherwise. */
export function parseJsonObject(text: string): { value?: JsonObject; error?: string } {
  try {
    const parsed: unknown = JSON.parse(text);
    return isJsonObject(parsed) ? { value: parsed } : { error: 'Write a JSON object: { ... }.' };
  } catch (e) {
    return { error: `Not valid JSON: ${(e as Error).message}` };
  }
}

/** A value typed as text or JSON: empty removes, text starting with { or [ is JSON, anything else a string. */
export function parseLooseValue(text: string): { value?: Json; error?: string; remove?: boolean } {
  const trimmed = text.trim();
  if (trimmed === '') return { remove: true };
  if (!/^[{[]/.test(trimmed)) return { value: trimmed };
  try {
    return { value: JSON.parse(trimmed) as Json };
  } catch (e) {
    return { error: `Not valid JSON: ${(e as Error).message}` };
  }
}
