import { isJsonObject, type Json, type JsonObject } from '../template/json';

export interface Visit {
  value: Json;
  /** Path segments from the start value. */
  segments: (string | number)[];
}

/**
 * Every object inside `value` (itself included), depth first, without recursion, so a template
 * nested 10,000 deep cannot overflow the stack. Stops descending below `maxDepth`.
 */
export function objectsIn(value: Json | undefined, start: (string | number)[] = [], maxDepth = 200): (Visit & { value: JsonObject })[] {
  const out: (Visit & { value: JsonObject })[] = [];
  if (value === undefined) return out;
  const stack: Visit[] = [{ value, segments: start }];
  while (stack.length > 0) {
    const { value: v, segments } = stack.pop()!;
    if (segments.length - start.length > maxDepth) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i] as Json, segments: [...segments, i] });
    } else if (isJsonObject(v)) {
      out.push({ value: v, segments });
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], segments: [...segments, entries[i]![0]] });
    }
  }
  return out;
}
