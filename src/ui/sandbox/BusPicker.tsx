import { useId } from 'react';
import { useDesigner } from '../../store/use-designer';
import { selectGraph } from '../../store/selectors';

/** Where the test event is put: one bus of the design, or every bus at once. */
export function BusPicker() {
  const graph = useDesigner(selectGraph);
  const bus = useDesigner((s) => s.sandbox.bus);
  const setBus = useDesigner((s) => s.actions.setTestEventBus);
  const id = useId();
  const buses = graph.nodes.filter((n) => n.kind === 'bus');
  return (
    <div className="sandbox-field">
      <label htmlFor={id}>Send to</label>
      <select id={id} value={bus ?? ''} onChange={(e) => setBus(e.target.value === '' ? null : e.target.value)}>
        <option value="">Every bus (all rules)</option>
        {buses.map((b) => (
          <option key={b.id} value={b.id}>
            {b.logicalId ? `${b.label} (${b.logicalId})` : `${b.label} bus`}
          </option>
        ))}
      </select>
    </div>
  );
}
