import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { DesignFlowEdge } from '../to-flow';
import { authorisationLabel } from './authorisation-label';
import { useDesigner } from '../../../store/use-designer';
import { selectProblemCounts } from '../../../store/selectors';
import { ProblemBadge } from '../../problems/ProblemBadge';
import { selectEventFlow } from '../../../store/sandbox-selectors';

/** A rule -> target edge, labelled with what authorises EventBridge to call the target. */
export function TargetEdge(props: EdgeProps<DesignFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const edge = data?.edge;
  const label = edge?.kind === 'rule-target' ? authorisationLabel(edge.authorisation, data?.targetKind) : undefined;
  const key = edge?.kind === 'rule-target' ? `${edge.source}[${edge.targetIndex}]` : '';
  const counts = useDesigner((s) => selectProblemCounts(s).get(key));
  const select = useDesigner((s) => s.actions.select);
  const flow = useDesigner((s) => selectEventFlow(s)?.edges.get(id));
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={[selected ? 'edge-selected' : '', flow ? `edge-flow edge-flow-${flow}` : ''].join(' ').trim() || undefined}
      />
      {label && (
        <EdgeLabelRenderer>
          <button
            type="button"
            className={`edge-label edge-label-${label.tone} nodrag nopan`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            title={label.title}
            aria-label={`${edge?.kind === 'rule-target' ? `Target ${edge.targetId} of ${edge.source}` : ''}, ${label.text}`}
            onClick={(event) => {
              event.stopPropagation();
              select(id);
            }}
          >
            {label.text}
            <ProblemBadge counts={counts} />
          </button>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
