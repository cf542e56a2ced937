import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { DesignFlowEdge } from '../to-flow';

/** A dashed edge for a reference between resources; the property that holds it shows when either end is selected. */
export function ReferenceEdge({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data }: EdgeProps<DesignFlowEdge>) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const edge = data?.edge;
  return (
    <>
      <BaseEdge id={id} path={path} className={`reference-edge${data?.highlighted ? ' reference-edge-highlighted' : ''}`} />
      {edge?.kind === 'reference' && data?.highlighted && (
        <EdgeLabelRenderer>
          <div className="reference-label" style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
            {edge.property}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
