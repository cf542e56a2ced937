import type { InexactNumber } from './exact-number';
import { isPatternObject, type PatternJson } from './pattern-json';

/** One value of an event at a dot-joined path, and which element of each enclosing array it is in. */
export interface EventLeaf {
  path: string;
  value: string | number | boolean | null | InexactNumber;
  elements: ReadonlyMap<number, number>;
}

/**
 * The event as EventBridge matches it: every leaf value with its path, keys joined by ".", arrays
 * crushed so each element sits at the array's own path (nested arrays too); objects and empty arrays
 * contribute no value. research/event-patterns.md §3.1-3.3; eb-event-patterns.html ("If the value in
 * the event is an array, then the event pattern matches if the intersection ... is non-empty").
 */
export function flattenEvent(event: PatternJson): Map<string, EventLeaf[]> {
  const byPath = new Map<string, EventLeaf[]>();
  let nextArray = 0;
  const walk = (value: PatternJson, path: string, elements: ReadonlyMap<number, number>) => {
    if (Array.isArray(value)) {
      const id = nextArray++;
      value.forEach((item, index) => walk(item, path, new Map(elements).set(id, index)));
    } else if (isPatternObject(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, path === '' ? key : `${path}.${key}`, elements);
    } else {
      const leaves = byPath.get(path) ?? [];
      leaves.push({ path, value, elements });
      byPath.set(path, leaves);
    }
  };
  walk(event, '', new Map());
  return byPath;
}

/**
 * Whether two values may be used together: taken from the same element of every array they share.
 * The matcher EventBridge uses refuses a match that combines fields from different elements of one
 * array (aws/event-ruler rulesForJSONEvent); no AWS-recorded case shows otherwise.
 */
export function fromSameElements(a: EventLeaf, b: EventLeaf): boolean {
  for (const [array, index] of a.elements) {
    const other = b.elements.get(array);
    if (other !== undefined && other !== index) return false;
  }
  return true;
}
