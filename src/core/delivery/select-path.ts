import { isJsonObject, type Json } from '../template/json';

/** A JSON path as EventBridge reads InputPath and InputPathsMap values: $, .key, ['key'], [0], * . */
function steps(path: string): (string | number | '*')[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const out: (string | number | '*')[] = [];
  const re = /\.([^.[\]]+)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]|\[\*\]/y;
  re.lastIndex = 1;
  while (re.lastIndex < path.length) {
    const start = re.lastIndex;
    const m = re.exec(path);
    if (!m || re.lastIndex === start) return undefined;
    if (m[1] !== undefined) out.push(m[1] === '*' ? '*' : m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined || m[4] !== undefined) out.push((m[3] ?? m[4])!);
    else out.push('*');
  }
  return out;
}

export type Selected = { found: true; value: Json } | { found: false; reason: 'missing' | 'bad-path' };

/**
 * The part of an event a path selects. EventBridge supports "dot notation (for example, $.detail),
 * dashes, underscores, alphanumeric characters, array indices, wildcards (*)".
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html
 */
export function selectPath(event: Json, path: string): Selected {
  const list = steps(path.trim());
  if (!list) return { found: false, reason: 'bad-path' };
  let current: Json[] = [event];
  let spread = false;
  for (const step of list) {
    const next: Json[] = [];
    for (const node of current) {
      if (step === '*') {
        spread = true;
        if (Array.isArray(node)) next.push(...node);
        else if (isJsonObject(node)) next.push(...Object.values(node));
      } else if (typeof step === 'number') {
        if (Array.isArray(node) && step < node.length) next.push(node[step]!);
      } else if (isJsonObject(node) && step in node) next.push(node[step]!);
    }
    current = next;
  }
  if (spread) return { found: true, value: current };
  return current.length === 1 ? { found: true, value: current[0]! } : { found: false, reason: 'missing' };
}
