import { resourcesOf } from './resources';
import type { LogicalId, Template } from './types';

/** Every name already used in the template's sections that share the logical id namespace. */
function usedIds(template: Template): Set<string> {
  const used = new Set<string>(Object.keys(resourcesOf(template)));
  for (const section of ['Parameters', 'Conditions', 'Outputs', 'Mappings']) {
    const value = template[section];
    if (value && typeof value === 'object' && !Array.isArray(value)) for (const k of Object.keys(value)) used.add(k);
  }
  return used;
}

/** `base` when free, else `base2`, `base3`, ...: short, readable and unique. */
export function uniqueLogicalId(template: Template, base: string): LogicalId {
  const clean = base.replace(/[^A-Za-z0-9]/g, '') || 'Resource';
  const used = usedIds(template);
  if (!used.has(clean)) return clean;
  for (let n = 2; ; n++) if (!used.has(`${clean}${n}`)) return `${clean}${n}`;
}

/** `prefix-1`, `prefix-2`, ...: the first not in `taken`. */
export function uniqueName(taken: Iterable<unknown>, prefix: string): string {
  const set = new Set(taken);
  for (let n = 1; ; n++) if (!set.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** Upper camel case of a name like "start-lambda-function" -> "StartLambdaFunction". */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}
