import { checkStateMachineName } from '../../core/template/names';
import { useDesigner } from '../../store/use-designer';
import { TextField } from './TextField';
import { useNameCheck } from './use-name-check';
import { SelectField } from './SelectField';
import { ResourceHeader } from './ResourceHeader';
import { text, useProperties } from './use-resource';

const TYPES = [
  { value: 'STANDARD', label: 'STANDARD' },
  { value: 'EXPRESS', label: 'EXPRESS' },
];

export function StateMachineInspector({ id }: { id: string }) {
  const p = useProperties(id);
  const setProperty = useDesigner((s) => s.actions.setProperty);
  const nameCheck = useNameCheck(id, 'StateMachineName', checkStateMachineName);
  return (
    <div className="inspector-body">
      <ResourceHeader id={id} type="AWS::StepFunctions::StateMachine" />
      <TextField
        label="State machine name"
        value={text(p.StateMachineName)}
        check={nameCheck}
        onCommit={(v) => setProperty(id, 'StateMachineName', v)}
      />
      <SelectField
        label="Type"
        value={text(p.StateMachineType ?? 'STANDARD')}
        options={TYPES}
        onChange={(v) => setProperty(id, 'StateMachineType', v)}
      />
    </div>
  );
}
