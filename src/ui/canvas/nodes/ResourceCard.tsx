import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { DesignNode } from '../../../core/graph/types';
import { useDesigner } from '../../../store/use-designer';
import { selectProblemCounts } from '../../../store/selectors';
import { ProblemBadge } from '../../problems/ProblemBadge';
import { selectEventFlow, type NodeFlow } from '../../../store/sandbox-selectors';

/** What the test event did here, in a word or two. */
const FLOW_TEXT: Record<NodeFlow, string> = {
  received: 'Event received',
  matched: 'Matched',
  unmatched: 'No match',
  disabled: 'Disabled',
  invoked: 'Invoked',
  blocked: 'Blocked',
  'not-checked': 'Not checked',
};

const REFERENCE_HANDLES = [
  { id: 'ref-left-in', type: 'target', position: Position.Left },
  { id: 'ref-left-out', type: 'source', position: Position.Left },
  { id: 'ref-right-in', type: 'target', position: Position.Right },
  { id: 'ref-right-out', type: 'source', position: Position.Right },
] as const;

interface Props {
  node: DesignNode;
  kindName: string;
  icon: ReactNode;
  selected: boolean;
  accepts?: boolean;
  emits?: boolean;
  accent: string;
}

/** The look every resource node shares: the AWS icon, the kind, the name and a summary line. */
export function ResourceCard({ node, kindName, icon, selected, accepts, emits, accent }: Props) {
  const counts = useDesigner((s) => selectProblemCounts(s).get(node.id));
  const flow = useDesigner((s) => selectEventFlow(s)?.nodes.get(node.id));
  return (
    <div
      className={`resource-card${selected ? ' selected' : ''}${flow ? ` flow-${flow}` : ''}`}
      style={{ ['--kind-color' as string]: accent }}
    >
      {flow && <span className={`flow-pill pill-${flow}`}>{FLOW_TEXT[flow]}</span>}
      {accepts && <Handle type="target" id="main" position={Position.Left} aria-label={`Connect to ${node.label}`} />}
      {/* References between resources (roles, permissions, policies) are drawn, not drawn by hand. */}
      {REFERENCE_HANDLES.map((h) => (
        <Handle key={h.id} type={h.type} id={h.id} position={h.position} isConnectable={false} className="ref-handle" />
      ))}
      <div className="resource-icon">{icon}</div>
      <div className="resource-body">
        <div className="resource-kind">{kindName}</div>
        <div className="resource-name" title={node.label}>
          {node.label}
        </div>
        <div className="resource-detail" title={node.detail}>
          {node.detail}
        </div>
        {node.logicalId && node.logicalId !== node.label && <div className="resource-id">{node.logicalId}</div>}
      </div>
      <ProblemBadge counts={counts} />
      {emits && <Handle type="source" id="main" position={Position.Right} aria-label={`Connect from ${node.label}`} />}
    </div>
  );
}
