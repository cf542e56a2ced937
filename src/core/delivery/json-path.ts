import { isJsonObject, type Json } from '../template/json';

export type PathStep = string | number;

/**
 * The steps of a JSON path as EventBridge reads them: `$`, then `.key`, `[0]` and (when
 * `brackets` is set) `['key']` / `["key"]`. Undefined when the path has another shape.
 * Supported syntax: "dot notation (for example, $.detail), dashes, underscores, alphanumeric
 * characters, array indices" (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html).
 * Target InputPath: "You may use JSON dot notation or bracket notation"; InputPathsMap: "You must use
 * JSON dot notation, not bracket notation"
 * (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html,
 * https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_InputTransformer.html).
 * Wildcards (*) are left out: the docs list them but do not say what they select.
 */
export function parsePath(path: string, brackets: boolean): PathStep[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const steps: PathStep[] = [];
  const step = /\.([^.[\]'"*]+)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]/y;
  step.lastIndex = 1;
  while (step.lastIndex < path.length) {
    const m = step.exec(path);
    if (!m) return undefined;
    if (m[1] !== undefined) steps.push(m[1]);
    else if (m[2] !== undefined) steps.push(Number(m[2]));
    else if (!brackets) return undefined;
    else steps.push(m[3] ?? m[4] ?? '');
  }
  return steps;
}

/** The value at `steps` in `value`, or undefined when the event has nothing there. */
export function valueAt(value: Json, steps: PathStep[]): Json | undefined {
  let current: Json | undefined = value;
  for (const step of steps) {
    if (typeof step === 'number') current = Array.isArray(current) ? current[step] : undefined;
    else current = isJsonObject(current) && Object.hasOwn(current, step) ? current[step] : undefined;
    if (current === undefined) return undefined;
  }
  return current;
}
