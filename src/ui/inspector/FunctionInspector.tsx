import { checkFunctionName } from '../../core/template/names';
import { useDesigner } from '../../store/use-designer';
import { TextField } from './TextField';
import { useNameCheck } from './use-name-check';
import { SelectField } from './SelectField';
import { ResourceHeader } from './ResourceHeader';
import { text, useProperties } from './use-resource';
import { checkHandler, checkIntegerIn, LAMBDA_RUNTIMES } from './lambda-fields';

export function FunctionInspector({ id }: { id: string }) {
  const p = useProperties(id);
  const setProperty = useDesigner((s) => s.actions.setProperty);
  const nameCheck = useNameCheck(id, 'FunctionName', checkFunctionName);
  return (
    <div className="inspector-body">
      <ResourceHeader id={id} type="AWS::Lambda::Function" />
      <TextField
        label="Function name"
        value={text(p.FunctionName)}
        check={nameCheck}
        onCommit={(v) => setProperty(id, 'FunctionName', v)}
      />
      <SelectField label="Runtime" value={text(p.Runtime)} options={LAMBDA_RUNTIMES} onChange={(v) => setProperty(id, 'Runtime', v)} />
      <TextField label="Handler" value={text(p.Handler)} check={checkHandler} onCommit={(v) => setProperty(id, 'Handler', v)} />
      <TextField
        label="Memory (MB)"
        value={text(p.MemorySize ?? 128)}
        check={checkIntegerIn(128, 10240, 'Memory')}
        onCommit={(v) => setProperty(id, 'MemorySize', Number(v))}
      />
      <TextField
        label="Timeout (seconds)"
        value={text(p.Timeout ?? 3)}
        check={checkIntegerIn(1, 900, 'Timeout')}
        onCommit={(v) => setProperty(id, 'Timeout', Number(v))}
      />
    </div>
  );
}
