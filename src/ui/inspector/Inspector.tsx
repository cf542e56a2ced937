import { useDesigner } from '../../store/use-designer';
import { selectGraph } from '../../store/selectors';
import { RuleInspector } from './RuleInspector';
import { FunctionInspector } from './FunctionInspector';
import { StateMachineInspector } from './StateMachineInspector';
import { BusInspector } from './BusInspector';
import { EdgeInspector } from './EdgeInspector';
import { GenericInspector } from './GenericInspector';
import { SelectionSummary } from './SelectionSummary';

/** Properties of the selected resource. */
export function Inspector() {
  const selected = useDesigner((s) => s.selected);
  const node = useDesigner((s) => selectGraph(s).nodes.find((n) => n.id === s.selected));
  const edge = useDesigner((s) => selectGraph(s).edges.find((e) => e.id === s.selected));
  return (
    <section className="panel inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title">Properties</h2>
      <SelectionSummary />
      {(node?.kind === 'role' || node?.kind === 'permission' || node?.kind === 'resource') && (
        <GenericInspector key={selected} node={node} />
      )}
      {edge?.kind === 'rule-target' && <EdgeInspector key={selected} edge={edge} />}
      {!node && !edge && <p className="panel-hint">Select a resource on the canvas to edit it.</p>}
      {node?.kind === 'bus' && <BusInspector node={node} />}
      {node?.kind === 'rule' && node.logicalId && <RuleInspector key={selected} id={node.logicalId} />}
      {node?.kind === 'lambda' && node.logicalId && <FunctionInspector key={selected} id={node.logicalId} />}
      {node?.kind === 'stateMachine' && node.logicalId && <StateMachineInspector key={selected} id={node.logicalId} />}
    </section>
  );
}
