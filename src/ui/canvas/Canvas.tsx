import { useCallback, useMemo, useState, type DragEvent } from 'react';
import {
  Background,
  ControlButton,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
  type OnDelete,
} from '@xyflow/react';
import { useDesigner } from '../../store/use-designer';
import { selectGraph, selectPlacedLayout } from '../../store/selectors';
import { DRAG_TYPE, NODE_LOOKS, RESOURCE_KINDS } from '../resource-kinds';
import type { DesignKind } from '../../core/graph/types';
import { nodeTypes } from './nodes/node-types';
import { edgeTypes } from './edges/edge-types';
import { toFlowEdges, toFlowNodes, type ResourceFlowNode } from './to-flow';
import { canConnectKinds } from './can-connect';
import { CanvasNotice } from './CanvasNotice';
import { useKeepNodesInView } from './use-keep-nodes-in-view';
import { useViewRequests } from './use-view-requests';
import { useImportFile } from '../template/ImportButton';

const NODE_CENTER = { x: 120, y: 40 };
// Flow coordinates start near the top left, so the default bus sits where the eye starts.
const DEFAULT_VIEWPORT = { x: 40, y: 40, zoom: 1 };
// Shift, Ctrl or Cmd + click adds to the selection; Shift + drag on the pane selects a box.
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const minimapColor = (node: Node) => NODE_LOOKS[(node as ResourceFlowNode).data.node.kind].color;
// Smaller than React Flow's default, so it hides less of the design on a narrow canvas.
const MINIMAP_SIZE = { width: 150, height: 100 };
const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 } };

function applySelectionChanges(changes: (NodeChange | EdgeChange)[], changeSelection: (added: string[], removed: string[]) => void) {
  const added: string[] = [];
  const removed: string[] = [];
  for (const c of changes) if (c.type === 'select') (c.selected ? added : removed).push(c.id);
  if (added.length > 0 || removed.length > 0) changeSelection(added, removed);
}

/** The design as a graph. Nodes and edges are derived from the template; React Flow only draws them. */
export function Canvas() {
  const graph = useDesigner(selectGraph);
  const layout = useDesigner(selectPlacedLayout);
  const selected = useDesigner((s) => s.selected);
  const selection = useDesigner((s) => s.selection);
  const theme = useDesigner((s) => s.theme);
  const { addResource, connect, moveNode, select, changeSelection, deleteElements, autoLayout } = useDesigner((s) => s.actions);
  const { screenToFlowPosition } = useReactFlow();

  // React Flow measures nodes and reports sizes as changes; keep them beside the derived nodes.
  const [measured, setMeasured] = useState<Record<string, { width: number; height: number }>>({});
  const nodes = useMemo(
    () => toFlowNodes(graph, layout, selection).map((n) => ({ ...n, measured: measured[n.id] })),
    [graph, layout, selection, measured],
  );
  const edges = useMemo(() => toFlowEdges(graph, layout, selected, selection), [graph, layout, selected, selection]);
  useKeepNodesInView(nodes);
  useViewRequests(layout);

  const onNodesChange = useCallback(
    (changes: NodeChange<ResourceFlowNode>[]) => {
      const sizes = changes.flatMap((c) => (c.type === 'dimensions' && c.dimensions ? [[c.id, c.dimensions] as const] : []));
      if (sizes.length > 0) setMeasured((m) => ({ ...m, ...Object.fromEntries(sizes) }));
      for (const c of changes) if (c.type === 'position' && c.position) moveNode(c.id, c.position);
      applySelectionChanges(changes, changeSelection);
    },
    [moveNode, changeSelection],
  );

  // Node and edge changes of one click arrive separately; each only adds and removes its own
  // elements, so a node chosen in the same click as an edge is let go stays chosen.
  const onEdgesChange = useCallback((changes: EdgeChange[]) => applySelectionChanges(changes, changeSelection), [changeSelection]);

  const onDelete: OnDelete<Node, Edge> = useCallback(
    ({ nodes: n, edges: e }) =>
      deleteElements(
        n.map((x) => x.id),
        e.map((x) => x.id),
      ),
    [deleteElements],
  );

  const importFile = useImportFile();
  const importText = useDesigner((s) => s.actions.importText);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const file = event.dataTransfer.files[0];
      if (file) {
        event.preventDefault();
        void importFile(file, importText);
        return;
      }
      const kind = event.dataTransfer.getData(DRAG_TYPE) as DesignKind;
      if (!(kind in RESOURCE_KINDS)) return;
      event.preventDefault();
      const p = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addResource(kind, { x: Math.round(p.x - NODE_CENTER.x), y: Math.round(p.y - NODE_CENTER.y) });
    },
    [addResource, screenToFlowPosition, importFile, importText],
  );

  const isValidConnection = useCallback((c: Connection | Edge) => canConnectKinds(graph, c.source, c.target), [graph]);

  return (
    <div
      className="canvas"
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDrop={onDrop}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        defaultEdgeOptions={defaultEdgeOptions}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={(c) => connect(c.source, c.target)}
        onDelete={onDelete}
        onPaneClick={() => select(null)}
        isValidConnection={isValidConnection}
        deleteKeyCode={['Backspace', 'Delete']}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        defaultViewport={DEFAULT_VIEWPORT}
        minZoom={0.2}
        proOptions={{ hideAttribution: true }}
        aria-label="Canvas"
        colorMode={theme}
      >
        <Background gap={20} size={1} color="var(--canvas-dots)" />
        <Controls position="bottom-left">
          <ControlButton onClick={() => void autoLayout()} title="Auto-layout" aria-label="Auto-layout">
            <span aria-hidden="true">⇶</span>
          </ControlButton>
        </Controls>
        <MiniMap
          pannable
          zoomable
          ariaLabel="Minimap"
          position="bottom-right"
          nodeColor={minimapColor}
          nodeStrokeWidth={2}
          style={MINIMAP_SIZE}
        />
      </ReactFlow>
      <CanvasNotice />
      {graph.nodes.length === 1 && (
        <div className="canvas-empty" aria-hidden="true">
          <p>Add a rule and a target from the palette, then drag from a handle to connect them.</p>
        </div>
      )}
    </div>
  );
}
