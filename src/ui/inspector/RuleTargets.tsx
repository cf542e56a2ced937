import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDesigner } from '../../store/use-designer';
import { selectGraph } from '../../store/selectors';
import { whyCannotSetTargetId } from '../../core/ops/set-target-id';
import { authorisationLabel } from '../canvas/edges/authorisation-label';
import { NODE_LOOKS } from '../resource-kinds';
import { TextField } from './TextField';
import { CONNECTABLE_TARGETS } from '../../core/graph/connectable';
import type { DesignerState } from '../../store/designer-store';
import type { DesignNode } from '../../core/graph/types';
import { generatedBySam } from '../../core/graph/sam-origin';

/**
 * What a connection from the rule can reach: targets of the template (a custom bus, not the default
 * one, and not the bus the rule is on), not what SAM generates.
 */
function targetCandidates(s: DesignerState, ruleId: string): DesignNode[] {
  const graph = selectGraph(s);
  const ownBus = graph.edges.find((e) => e.kind === 'bus-rule' && e.target === ruleId)?.source;
  return graph.nodes.filter((n) => CONNECTABLE_TARGETS.has(n.kind) && n.logicalId !== undefined && n.id !== ownBus && !generatedBySam(n));
}

/** The rule's targets: their ids, what authorises each, and a way to add more without dragging. */
export function RuleTargets({ ruleId }: { ruleId: string }) {
  const edges = useDesigner(useShallow((s) => selectGraph(s).edges.filter((e) => e.kind === 'rule-target' && e.source === ruleId)));
  const candidates = useDesigner(useShallow((s) => targetCandidates(s, ruleId)));
  const template = useDesigner((s) => s.template);
  const { connect, setTargetId, disconnectTarget } = useDesigner((s) => s.actions);
  const addId = useId();
  const targeted = new Set(edges.map((e) => e.target));
  return (
    <div className="targets">
      <h3>Targets</h3>
      {edges.length === 0 && <p className="panel-hint">No targets yet.</p>}
      <ul>
        {edges.map((e) =>
          e.kind === 'rule-target' ? (
            <li key={e.id} className="target-item">
              <p className="target-of">
                → {e.target} <span className="target-auth">{authorisationLabel(e.authorisation).title}</span>
              </p>
              <TextField
                label="Target ID"
                value={e.targetId}
                check={(v) => whyCannotSetTargetId(template, ruleId, e.targetIndex, v)}
                onCommit={(v) => setTargetId(ruleId, e.targetIndex, v)}
              />
              <button type="button" className="link-button" onClick={() => disconnectTarget(ruleId, e.targetIndex)}>
                Remove target {e.targetId}
              </button>
            </li>
          ) : null,
        )}
      </ul>
      <label htmlFor={addId} className="add-target-label">
        Add target
      </label>
      <select id={addId} value="" onChange={(ev) => ev.target.value && connect(ruleId, ev.target.value)}>
        <option value="">Choose a target…</option>
        {candidates.map((n) => (
          <option key={n.id} value={n.id} disabled={targeted.has(n.id)}>
            {NODE_LOOKS[n.kind].name}: {n.label} ({n.id})
          </option>
        ))}
      </select>
    </div>
  );
}
