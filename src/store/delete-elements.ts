import type { DesignGraph } from '../core/graph/types';
import type { Template } from '../core/template/types';
import { disconnectTarget } from '../core/ops/disconnect-target';
import { removeResources } from '../core/ops/remove-resources';

/**
 * Deletes what the user selected on the canvas. Targets are disconnected first, highest index
 * first, so the indexes of the others stay right; then resources go, with their cascade. Bus -> rule
 * edges are not deletable (every rule listens on a bus) and the default bus is not a resource.
 */
export function deleteElements(template: Template, graph: DesignGraph, nodeIds: string[], edgeIds: string[]): Template {
  const ids = new Set(edgeIds);
  const targets = graph.edges
    .flatMap((e) => (e.kind === 'rule-target' && ids.has(e.id) ? [e] : []))
    .sort((a, b) => b.targetIndex - a.targetIndex);
  let next = template;
  for (const e of targets) next = disconnectTarget(next, e.source, e.targetIndex);
  const resources = nodeIds.filter((id) => graph.nodes.some((n) => n.id === id && n.logicalId !== undefined));
  return resources.length > 0 ? removeResources(next, resources) : next;
}
