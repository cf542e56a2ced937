import type { DesignEdge } from '../../core/graph/types';
import { resourcesAroundTarget } from '../../core/graph/related-resources';
import { whyCannotSetTargetId } from '../../core/ops/set-target-id';
import { targetsOf } from '../../core/ops/targets';
import { useDesigner } from '../../store/use-designer';
import { authorisationLabel } from '../canvas/edges/authorisation-label';
import { TextField } from './TextField';
import { RelatedResource } from './RelatedResource';
import { text } from './use-resource';
import { parseLooseValue } from './json-field';
import { DeliverySettings } from './DeliverySettings';
import { selectGraph } from '../../store/selectors';
import { SamOrigin } from './SamOrigin';

type TargetEdge = Extract<DesignEdge, { kind: 'rule-target' }>;

/** A rule -> target connection: the target's Id and RoleArn, and what authorises the call. */
export function EdgeInspector({ edge }: { edge: TargetEdge }) {
  const { source: ruleId, targetIndex: index } = edge;
  const template = useDesigner((s) => s.template);
  const { setTargetId, setTargetProperty, disconnectTarget } = useDesigner((s) => s.actions);
  const target = targetsOf(template, ruleId)[index];
  const related = resourcesAroundTarget(template, ruleId, index);
  const sam = useDesigner((s) => selectGraph(s).nodes.find((n) => n.id === ruleId)?.sam);
  if (!target && !sam) return null;
  const heading = (
    <>
      <p className="resource-type">
        Target of {ruleId} → {edge.target}
      </p>
      <p className="panel-hint">{authorisationLabel(edge.authorisation).title}</p>
    </>
  );
  if (!target && sam) {
    return (
      <div className="inspector-body">
        {heading}
        <SamOrigin sam={sam} what="SAM writes this target, with what EventBridge needs to call it; change it there." />
      </div>
    );
  }
  if (!target) return null;
  return (
    <div className="inspector-body">
      {heading}
      <TextField
        label="Target ID"
        value={edge.targetId}
        check={(v) => whyCannotSetTargetId(template, ruleId, index, v)}
        onCommit={(v) => setTargetId(ruleId, index, v)}
      />
      <TextField
        label="Target role ARN"
        value={text(target.RoleArn)}
        check={(v) => parseLooseValue(v).error}
        onCommit={(v) => setTargetProperty(ruleId, index, 'RoleArn', parseLooseValue(v).value)}
        hint={'A role ARN, or JSON such as {"Fn::GetAtt": ["Role", "Arn"]}. Empty removes it.'}
      />
      <DeliverySettings ruleId={ruleId} index={index} />
      <h3 className="subheading">Authorised by</h3>
      {related.length === 0 && <p className="panel-hint">No role and no function permission is connected to this target.</p>}
      {related.map((id) => (
        <RelatedResource key={id} id={id} />
      ))}
      <button type="button" className="danger" onClick={() => disconnectTarget(ruleId, index)}>
        Remove target {edge.targetId}
      </button>
    </div>
  );
}
