import { isJsonObject, type Json, type JsonObject } from '../template/json';

/** A place in the template: its value, and its path, built only when a finding asks for it. */
export class Visit {
  #segments: (string | number)[] | undefined;
  constructor(
    readonly value: Json,
    private readonly parent: Visit | undefined,
    private readonly key: string | number | undefined,
    readonly depth: number,
    start?: (string | number)[],
  ) {
    this.#segments = start;
  }

  /** Path segments from the document root. */
  get segments(): (string | number)[] {
    this.#segments ??= [...(this.parent?.segments ?? []), this.key!];
    return this.#segments;
  }
}

export type ObjectVisit = Visit & { value: JsonObject };

/**
 * Every object inside `value` (itself included), depth first, without recursion, so a template
 * nested 10,000 deep cannot overflow the stack. Stops descending below `maxDepth`.
 */
export function objectsIn(value: Json | undefined, start: (string | number)[] = [], maxDepth = 200): ObjectVisit[] {
  const out: ObjectVisit[] = [];
  if (value === undefined) return out;
  const stack: Visit[] = [new Visit(value, undefined, undefined, 0, start)];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const v = visit.value;
    if (visit.depth > maxDepth) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(new Visit(v[i]!, visit, i, visit.depth + 1));
    } else if (isJsonObject(v)) {
      out.push(visit as ObjectVisit);
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) stack.push(new Visit(v[keys[i]!]!, visit, keys[i], visit.depth + 1));
    }
  }
  return out;
}

/** The objects inside the template's Resources and Outputs, walked once per validation run. */
export function templateObjects(ctx: { template: { [k: string]: Json }; memo<T>(key: string, compute: () => T): T }): ObjectVisit[] {
  return ctx.memo('template-objects', () => [
    ...objectsIn(ctx.template.Resources, ['Resources']),
    ...objectsIn(ctx.template.Outputs, ['Outputs']),
  ]);
}
