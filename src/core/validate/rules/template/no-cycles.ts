import { referencedIds } from '../../../template/intrinsics';
import { resourcePointer } from '../../pointer';
import type { LogicalId } from '../../../template/types';
import type { Finding, ValidationRule } from '../../types';
import type { JsonObject } from '../../../template/json';

/** Resources each resource depends on: what it references, and its DependsOn. */
function dependencies(resources: Record<LogicalId, JsonObject>): Map<LogicalId, LogicalId[]> {
  const graph = new Map<LogicalId, LogicalId[]>();
  for (const [id, r] of Object.entries(resources)) {
    const deps = referencedIds(r.Properties);
    const dependsOn = r.DependsOn;
    for (const d of Array.isArray(dependsOn) ? dependsOn : [dependsOn]) if (typeof d === 'string') deps.add(d);
    graph.set(
      id,
      [...deps].filter((d) => d in resources),
    );
  }
  return graph;
}

/** One cycle through each strongly connected group, found without recursion. */
function findCycles(graph: Map<LogicalId, LogicalId[]>): LogicalId[][] {
  const state = new Map<LogicalId, 'active' | 'done'>();
  const cycles: LogicalId[][] = [];
  for (const start of graph.keys()) {
    if (state.has(start)) continue;
    const path: LogicalId[] = [];
    const stack: { id: LogicalId; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 'active');
    path.push(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const deps = graph.get(top.id) ?? [];
      if (top.next < deps.length) {
        const dep = deps[top.next++]!;
        if (state.get(dep) === 'active') cycles.push([...path.slice(path.indexOf(dep)), dep]);
        else if (!state.has(dep)) {
          state.set(dep, 'active');
          path.push(dep);
          stack.push({ id: dep, next: 0 });
        }
      } else {
        state.set(top.id, 'done');
        path.pop();
        stack.pop();
      }
    }
  }
  return cycles;
}

export const noCycles: ValidationRule = {
  id: 'CFN-12',
  severity: 'error',
  title: 'Resources do not depend on each other in a circle',
  why: 'CloudFormation cannot order resources that depend on each other in a loop and refuses the template ("Circular dependency between resources").',
  source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/troubleshooting.html#troubleshooting-errors-circular-dependency',
  check({ resources }) {
    return findCycles(dependencies(resources)).map((cycle): Finding => ({
      resource: cycle[0],
      path: resourcePointer(cycle[0]!),
      message: `Circular dependency: ${cycle.join(' → ')}. Break the loop, for example by building an ARN with Fn::Sub from a fixed name instead of Fn::GetAtt.`,
    }));
  },
};
