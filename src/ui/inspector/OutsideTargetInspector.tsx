import type { DesignNode } from '../../core/graph/types';
import { useDesigner } from '../../store/use-designer';
import { selectGraph } from '../../store/selectors';

/** A target named by ARN that is not a resource of this template: where it is used, and where to change it. */
export function OutsideTargetInspector({ node }: { node: DesignNode }) {
  const edge = useDesigner((s) => selectGraph(s).edges.find((e) => e.kind === 'rule-target' && e.target === node.id));
  const select = useDesigner((s) => s.actions.select);
  return (
    <div className="inspector-body">
      <p className="resource-type">{node.detail}</p>
      <p>
        <strong>{node.label}</strong> is not a resource of this template: it lives in another stack, account or Region, or its ARN comes
        from a parameter or an import. Its own policies cannot be checked here.
      </p>
      {edge && (
        <button type="button" className="link-button" onClick={() => select(edge.id)}>
          Edit the target of {edge.source}
        </button>
      )}
    </div>
  );
}
