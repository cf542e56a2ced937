import { useEffect, useRef } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import type { ResourceFlowNode } from './to-flow';

const NODE_SIZE = { width: 250, height: 90 };

/**
 * When a node appears outside the visible area (added from the palette by click or keyboard, or
 * by a change in the template), zoom out just enough to show the whole design.
 */
export function useKeepNodesInView(nodes: ResourceFlowNode[]): void {
  const { fitView, getViewport } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const known = useRef<Set<string>>(new Set());
  useEffect(() => {
    const fresh = nodes.filter((n) => !known.current.has(n.id));
    known.current = new Set(nodes.map((n) => n.id));
    if (fresh.length === 0 || width === 0) return;
    const { x, y, zoom } = getViewport();
    const outside = fresh.some((n) => {
      const left = n.position.x * zoom + x;
      const top = n.position.y * zoom + y;
      return left < 0 || top < 0 || left + NODE_SIZE.width * zoom > width || top + NODE_SIZE.height * zoom > height;
    });
    if (outside) void fitView({ padding: 0.12, maxZoom: 1, duration: 200 });
  }, [nodes, width, height, fitView, getViewport]);
}
