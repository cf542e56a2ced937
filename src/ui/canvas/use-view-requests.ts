import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useDesigner } from '../../store/use-designer';
import type { Layout } from '../../core/layout/positions';

const NODE_CENTER = { x: 125, y: 45 };

/** Carries out the store's requests to show the whole design or one node. */
export function useViewRequests(layout: Layout): void {
  const request = useDesigner((s) => s.viewRequest);
  const { fitView, setCenter, getZoom } = useReactFlow();
  useEffect(() => {
    if (!request) return;
    if (request.kind === 'fit') {
      // Wait a frame so React Flow has the new positions before measuring the fit.
      const frame = requestAnimationFrame(() => void fitView({ padding: 0.12, maxZoom: 1, duration: 200 }));
      return () => cancelAnimationFrame(frame);
    }
    const at = layout[request.id];
    if (at) void setCenter(at.x + NODE_CENTER.x, at.y + NODE_CENTER.y, { zoom: Math.max(getZoom(), 0.8), duration: 250 });
    return undefined;
    // The layout is read when a request comes, not followed afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request, fitView, setCenter, getZoom]);
}
