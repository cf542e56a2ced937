import type { Edge, Node } from '@xyflow/react';
import type { DesignEdge, DesignGraph, DesignNode, NodeKind } from '../../core/graph/types';
import type { Layout } from '../../core/layout/positions';
import { NODE_LOOKS } from '../resource-kinds';

export type ResourceNodeData = { node: DesignNode };
export type ResourceFlowNode = Node<ResourceNodeData, DesignNode['kind']>;
export type DesignFlowEdge = Edge<{ edge: DesignEdge; highlighted: boolean; targetKind: NodeKind | undefined }>;

/** React Flow nodes for the graph: data carries the derived node only, never callbacks. */
export function toFlowNodes(graph: DesignGraph, layout: Layout, selection: readonly string[]): ResourceFlowNode[] {
  return graph.nodes.map((node) => ({
    id: node.id,
    type: node.kind,
    position: layout[node.id] ?? { x: 0, y: 0 },
    data: { node },
    selected: selection.includes(node.id),
    deletable: node.logicalId !== undefined,
    ariaLabel: `${NODE_LOOKS[node.kind].name} ${node.label}`,
  }));
}

/** A reference edge leaves from the side facing its other end, so it never loops around a node. */
function referenceHandles(layout: Layout, source: string, target: string): { sourceHandle: string; targetHandle: string } {
  const leftToRight = (layout[source]?.x ?? 0) <= (layout[target]?.x ?? 0);
  return leftToRight
    ? { sourceHandle: 'ref-right-out', targetHandle: 'ref-left-in' }
    : { sourceHandle: 'ref-left-out', targetHandle: 'ref-right-in' };
}

export function toFlowEdges(graph: DesignGraph, layout: Layout, selected: string | null, selection: readonly string[]): DesignFlowEdge[] {
  const kinds = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  return graph.edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.kind === 'rule-target' ? 'target' : edge.kind === 'reference' ? 'reference' : 'bus',
    ...(edge.kind === 'reference' ? referenceHandles(layout, edge.source, edge.target) : { sourceHandle: 'main', targetHandle: 'main' }),
    data: { edge, highlighted: selected === edge.source || selected === edge.target, targetKind: kinds.get(edge.target) },
    deletable: edge.kind === 'rule-target',
    selectable: edge.kind === 'rule-target',
    selected: selection.includes(edge.id),
    ariaLabel: edge.kind === 'rule-target' ? `Target ${edge.targetId} of ${edge.source}` : undefined,
  }));
}
