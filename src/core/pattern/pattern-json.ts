import { isJsonObject } from '../template/json';
import { InexactNumber } from './exact-number';

/**
 * JSON as event patterns and events hold it: like the template's JSON, except that a number whose
 * text a double cannot hold exactly keeps its text (EventBridge compares such numbers by text only
 * and refuses them in numeric conditions). research/event-patterns.md §6.
 */
export type PatternJson = null | boolean | number | string | InexactNumber | PatternJson[] | PatternObject;
export interface PatternObject {
  [key: string]: PatternJson;
}

export function isPatternObject(value: unknown): value is PatternObject {
  return isJsonObject(value) && !(value instanceof InexactNumber);
}

export function isPatternNumber(value: unknown): value is number | InexactNumber {
  return typeof value === 'number' || value instanceof InexactNumber;
}

/** The number's text as it was written (the shortest form for a plain double). */
export function numberText(value: number | InexactNumber): string {
  return typeof value === 'number' ? String(value) : value.text;
}

/** Back to plain JSON for display: inexact numbers become their nearest double. */
export function toPlainJson(value: PatternJson): unknown {
  if (value instanceof InexactNumber) return value.value;
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (isPatternObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlainJson(v)]));
  return value;
}
