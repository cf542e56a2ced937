import { useDesigner } from '../../store/use-designer';
import { selectGraph } from '../../store/selectors';
import { useShallow } from 'zustand/react/shallow';
import { busOfRule } from '../../core/graph/bus-of-rule';
import { DEFAULT_BUS_ID } from '../../core/ops/connect-bus-to-rule';
import { SelectField } from './SelectField';

/** The bus the rule listens on; choosing one is the same operation as connecting it on the canvas. */
export function RuleBusField({ id }: { id: string }) {
  const buses = useDesigner(useShallow((s) => selectGraph(s).nodes.filter((n) => n.kind === 'bus')));
  const current = useDesigner((s) => busOfRule(s.template, id)) ?? '';
  const connect = useDesigner((s) => s.actions.connect);
  const options = buses.map((b) => ({ value: b.id, label: b.id === DEFAULT_BUS_ID ? 'default' : `${b.label} (${b.id})` }));
  return <SelectField label="Event bus" value={current} options={options} onChange={(bus) => connect(bus, id)} />;
}
