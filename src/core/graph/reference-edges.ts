import { isJsonObject, type Json } from '../template/json';
import { referencedId, SUB_VARIABLE } from '../template/intrinsics';
import type { LogicalId, Template } from '../template/types';
import { resourcesOf } from '../template/resources';
import type { DesignEdge } from './types';

/** Where inside a resource each other resource is referenced: [referenced id, property path]. */
function referencesIn(value: Json | undefined): [LogicalId, string][] {
  const out: [LogicalId, string][] = [];
  const stack: { v: Json | undefined; path: string }[] = [{ v: value, path: '' }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (Array.isArray(v)) v.forEach((x, i) => stack.push({ v: x, path: `${path}[${i}]` }));
    else if (isJsonObject(v)) {
      const direct = referencedId(v);
      if (direct) out.push([direct, path]);
      const sub = v['Fn::Sub'];
      const text = Array.isArray(sub) ? sub[0] : sub;
      if (typeof text === 'string') for (const m of text.matchAll(SUB_VARIABLE)) out.push([m[1]!, path]);
      for (const [k, x] of Object.entries(v)) if (k !== 'Ref' && k !== 'Fn::GetAtt') stack.push({ v: x, path: path ? `${path}.${k}` : k });
    }
  }
  return out;
}

/**
 * An edge for every reference between two resources that the bus -> rule and rule -> target edges
 * do not already draw: execution roles, permissions, policies, and whatever else the template links.
 * Drawn from the resource that needs the other to the one it needs.
 */
export function referenceEdges(template: Template, drawn: DesignEdge[]): DesignEdge[] {
  const resources = resourcesOf(template);
  const seen = new Set(drawn.map((e) => `${e.source}->${e.target}`));
  const edges: DesignEdge[] = [];
  for (const [id, r] of Object.entries(resources)) {
    for (const [target, path] of referencesIn(r.Properties)) {
      if (target === id || !resources[target]) continue;
      const key = `${id}->${target}`;
      if (seen.has(key) || /^Targets\[\d+\]\.Arn$/.test(path) || path === 'EventBusName') continue;
      seen.add(key);
      edges.push({ id: `ref:${key}`, kind: 'reference', source: id, target, property: shortPath(path) });
    }
  }
  return edges;
}

/** "Policies[0].PolicyDocument.Statement[0].Resource[0]" -> "Policies[0]…Resource[0]": enough to say where. */
function shortPath(path: string): string {
  const parts = path.split('.');
  return parts.length > 2 ? `${parts[0]}…${parts[parts.length - 1]}` : path;
}
