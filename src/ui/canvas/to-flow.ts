import type { Edge, Node } from '@xyflow/react';
import type { DesignEdge, DesignGraph, DesignNode } from '../../core/graph/types';
import type { Layout } from '../../core/layout/positions';

export type ResourceNodeData = { node: DesignNode };
export type ResourceFlowNode = Node<ResourceNodeData, DesignNode['kind']>;
export type DesignFlowEdge = Edge<{ edge: DesignEdge }>;

/** React Flow nodes for the graph: data carries the derived node only, never callbacks. */
export function toFlowNodes(graph: DesignGraph, layout: Layout, selected: string | null): ResourceFlowNode[] {
  return graph.nodes.map((node) => ({
    id: node.id,
    type: node.kind,
    position: layout[node.id] ?? { x: 0, y: 0 },
    data: { node },
    selected: node.id === selected,
    deletable: node.logicalId !== undefined,
    ariaLabel: `${node.kind === 'bus' ? 'Event bus' : node.kind === 'rule' ? 'Rule' : node.kind === 'lambda' ? 'Lambda function' : 'State machine'} ${node.label}`,
  }));
}

export function toFlowEdges(graph: DesignGraph, selected: string | null): DesignFlowEdge[] {
  return graph.edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.kind === 'rule-target' ? 'target' : 'bus',
    data: { edge },
    deletable: edge.kind === 'rule-target',
    selectable: edge.kind === 'rule-target',
    selected: edge.id === selected,
    ariaLabel: edge.kind === 'rule-target' ? `Target ${edge.targetId} of ${edge.source}` : undefined,
  }));
}
