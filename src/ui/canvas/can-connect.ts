import type { DesignGraph } from '../../core/graph/types';

/** Whether a drag from `source` to `target` could make a connection: bus -> rule, rule -> target. */
export function canConnectKinds(graph: DesignGraph, source: string, target: string): boolean {
  const kind = (id: string) => graph.nodes.find((n) => n.id === id)?.kind;
  const from = kind(source);
  const to = kind(target);
  return (from === 'bus' && to === 'rule') || (from === 'rule' && (to === 'lambda' || to === 'stateMachine'));
}
