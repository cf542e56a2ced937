import { checkRuleName } from '../../core/template/names';
import { useDesigner } from '../../store/use-designer';
import { TextField } from './TextField';
import { useNameCheck } from './use-name-check';
import { SelectField } from './SelectField';
import { ResourceHeader } from './ResourceHeader';
import { RuleBusField } from './RuleBusField';
import { RuleTargets } from './RuleTargets';
import { text, useProperties } from './use-resource';
import { checkDescription, checkScheduleExpression, RULE_STATES } from './rule-fields';
import { PatternEditor } from './PatternEditor';

export function RuleInspector({ id }: { id: string }) {
  const p = useProperties(id);
  const setProperty = useDesigner((s) => s.actions.setProperty);
  const nameCheck = useNameCheck(id, 'Name', checkRuleName);
  const set = (key: string) => (v: string) => setProperty(id, key, v === '' ? undefined : v);
  return (
    <div className="inspector-body">
      <ResourceHeader id={id} type="AWS::Events::Rule" />
      <TextField label="Rule name" value={text(p.Name)} check={nameCheck} onCommit={(v) => setProperty(id, 'Name', v)} />
      <TextField label="Description" value={text(p.Description)} check={checkDescription} onCommit={set('Description')} />
      <SelectField label="State" value={text(p.State ?? 'ENABLED')} options={RULE_STATES} onChange={(v) => setProperty(id, 'State', v)} />
      <RuleBusField id={id} />
      <PatternEditor id={id} />
      <TextField
        label="Schedule expression"
        value={text(p.ScheduleExpression)}
        check={checkScheduleExpression}
        onCommit={set('ScheduleExpression')}
        placeholder="rate(5 minutes)"
      />
      <RuleTargets ruleId={id} />
    </div>
  );
}
