import { useDesigner } from '../../store/use-designer';
import { selectGraph } from '../../store/selectors';
import { RuleInspector } from './RuleInspector';
import { FunctionInspector } from './FunctionInspector';
import { StateMachineInspector } from './StateMachineInspector';
import { BusInspector } from './BusInspector';
import { EdgeInspector } from './EdgeInspector';
import { GenericInspector } from './GenericInspector';
import { SelectionSummary } from './SelectionSummary';
import { SamGeneratedInspector } from './SamGeneratedInspector';
import { OutsideTargetInspector } from './OutsideTargetInspector';
import type { DesignNode } from '../../core/graph/types';
import { generatedBySam } from '../../core/graph/sam-origin';

/** The kinds shown as their properties in JSON. */
const GENERIC: ReadonlySet<DesignNode['kind']> = new Set(['role', 'permission', 'resource', 'topic', 'queue', 'logGroup', 'stream']);

/** Properties of the selected resource. */
export function Inspector() {
  const selected = useDesigner((s) => s.selected);
  const node = useDesigner((s) => selectGraph(s).nodes.find((n) => n.id === s.selected));
  const edge = useDesigner((s) => selectGraph(s).edges.find((e) => e.id === s.selected));
  return (
    <section className="panel inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title">Properties</h2>
      <SelectionSummary />
      {edge?.kind === 'rule-target' && <EdgeInspector key={selected} edge={edge} />}
      {!node && !edge && <p className="panel-hint">Select a resource on the canvas to edit it.</p>}
      {node && <NodeInspector key={selected} node={node} />}
    </section>
  );
}

function NodeInspector({ node }: { node: DesignNode }) {
  // What SAM generates is read-only; a SAM function or state machine is edited as the SAM resource it is.
  if (generatedBySam(node)) return <SamGeneratedInspector node={node} />;
  if (node.sam) return <GenericInspector node={{ ...node, type: node.sam.samType }} />;
  if (node.kind === 'external') return <OutsideTargetInspector node={node} />;
  if (GENERIC.has(node.kind)) return <GenericInspector node={node} />;
  if (node.kind === 'bus') return <BusInspector node={node} />;
  if (!node.logicalId) return null;
  if (node.kind === 'rule') return <RuleInspector id={node.logicalId} />;
  if (node.kind === 'lambda') return <FunctionInspector id={node.logicalId} />;
  if (node.kind === 'stateMachine') return <StateMachineInspector id={node.logicalId} />;
  return null;
}
