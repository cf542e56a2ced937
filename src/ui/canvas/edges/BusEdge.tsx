import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { DesignFlowEdge } from '../to-flow';
import { useDesigner } from '../../../store/use-designer';
import { selectEventFlow } from '../../../store/sandbox-selectors';

/** A bus -> rule edge; it carries the test event (animated) to the rules that match it. */
export function BusEdge({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd }: EdgeProps<DesignFlowEdge>) {
  const [path] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const flow = useDesigner((s) => selectEventFlow(s)?.edges.get(id));
  return <BaseEdge id={id} path={path} markerEnd={markerEnd} className={flow ? `edge-flow edge-flow-${flow}` : undefined} />;
}
