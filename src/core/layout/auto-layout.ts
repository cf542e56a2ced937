import type { DesignGraph } from '../graph/types';
import type { Layout } from './positions';

const NODE = { width: 250, height: 90 };

/**
 * Lays a graph out left to right in layers (buses, rules, targets, then what they use), with ELK's
 * layered algorithm. ELK is large, so it loads only when a layout is asked for.
 * https://eclipse.dev/elk/reference/algorithms/org-eclipse-elk-layered.html
 */
export async function autoLayout(graph: DesignGraph): Promise<Layout> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const ids = new Set(graph.nodes.map((n) => n.id));
  const rules = new Set(graph.nodes.filter((n) => n.kind === 'rule').map((n) => n.id));
  const result = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '110',
      'elk.spacing.nodeNode': '40',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.separateConnectedComponents': 'false',
    },
    children: graph.nodes.map((n) => ({ id: n.id, ...NODE })),
    edges: graph.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      // References point from a resource to what it needs; for a left-to-right read, draw those backwards.
      // A rule's own references (the role or dead-letter queue of a target) stay forward, so a rule's
      // target role never pulls the rule to the right of the state machine the role may start.
      .map((e) =>
        e.kind === 'reference' && !rules.has(e.source)
          ? { id: e.id, sources: [e.target], targets: [e.source] }
          : { id: e.id, sources: [e.source], targets: [e.target] },
      ),
  });
  const layout: Layout = {};
  for (const child of result.children ?? []) layout[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
  return layout;
}
