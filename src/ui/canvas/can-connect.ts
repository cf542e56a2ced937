import type { DesignGraph } from '../../core/graph/types';
import { CONNECTABLE_TARGETS } from '../../core/graph/connectable';

/** Whether a drag from `source` to `target` could make a connection: bus -> rule, rule -> target. */
export function canConnectKinds(graph: DesignGraph, source: string, target: string): boolean {
  const node = (id: string) => graph.nodes.find((n) => n.id === id);
  const from = node(source)?.kind;
  const to = node(target);
  if (!to || source === target) return false;
  if (from === 'bus') return to.kind === 'rule';
  // A custom bus in the template (not the default bus) can receive a rule's events.
  return from === 'rule' && CONNECTABLE_TARGETS.has(to.kind) && (to.kind !== 'bus' || to.logicalId !== undefined);
}
