import { useId } from 'react';
import type { Json } from '../../core/template/json';
import {
  FORM_OPERATORS,
  conditionProblem,
  formOfPattern,
  joinValues,
  patternOfForm,
  splitValues,
  type FieldCondition,
  type FormOperator,
  type PatternForm,
} from '../../core/pattern/pattern-form';
import { useDesigner } from '../../store/use-designer';
import { TextField } from './TextField';
import { useProperties } from './use-resource';
import { readPatternField } from './pattern-field';

const OPERATOR_LABELS: Record<FormOperator, string> = {
  equals: 'is one of',
  prefix: 'begins with',
  suffix: 'ends with',
  'equals-ignore-case': 'equals, ignoring case',
  wildcard: 'matches wildcard',
  'anything-but': 'is none of',
  numeric: 'number',
  exists: 'exists',
  cidr: 'IP address in CIDR',
};

/** A name for a new condition that no other condition has. */
function freePath(form: PatternForm): string {
  const taken = new Set(form.conditions.map((c) => c.path));
  let path = 'detail.field';
  for (let n = 2; taken.has(path); n++) path = `detail.field${n}`;
  return path;
}

/** Sensible values when the operator of a condition changes. */
function valuesFor(operator: FormOperator, before: string[]): string[] {
  if (operator === 'exists') return ['true'];
  if (operator === 'numeric') return ['> 0'];
  return before.filter((v) => v !== 'true' && v !== 'false' && !/^[<>=]/.test(v)).length > 0 ? before : ['value'];
}

/**
 * The rule's event pattern as a form (source, detail type, a condition per field with its operator)
 * beside its JSON. Both edit the same property, so each shows the other's changes at once; a
 * pattern the form cannot show ($or, mixed operators) is edited as JSON only.
 */
export function PatternEditor({ id }: { id: string }) {
  const p = useProperties(id);
  const setProperty = useDesigner((s) => s.actions.setProperty);
  const raw = p.EventPattern;
  const patternText = raw === undefined ? '' : typeof raw === 'string' ? raw : JSON.stringify(raw, null, 2);
  const current = typeof raw === 'string' ? readPatternField(raw).pattern : raw;
  const form = formOfPattern(current);
  // A pattern kept as a JSON string in the template stays a string.
  const commit = (next: PatternForm) => {
    const pattern = patternOfForm(next);
    const empty = Object.keys(pattern).length === 0;
    setProperty(id, 'EventPattern', empty ? undefined : typeof raw === 'string' ? JSON.stringify(pattern) : pattern);
  };
  return (
    <div className="pattern-editor">
      <h3>Pattern</h3>
      {form ? (
        <PatternFormView form={form} onChange={commit} />
      ) : (
        <p className="field-hint">
          This pattern uses what only JSON can say ($or, several operators on one field, numbers as values); edit it below.
        </p>
      )}
      <TextField
        label="Event pattern"
        multiline
        value={patternText}
        check={(v) => readPatternField(v).error}
        onCommit={(v) =>
          setProperty(
            id,
            'EventPattern',
            (typeof raw === 'string' && v.trim() !== '' ? v : readPatternField(v).pattern) as Json | undefined,
          )
        }
        hint="JSON, checked as you type. Applied when you leave the field or press Ctrl+Enter."
      />
    </div>
  );
}

function PatternFormView({ form, onChange }: { form: PatternForm; onChange: (form: PatternForm) => void }) {
  const replace = (i: number, c: FieldCondition) => onChange({ ...form, conditions: form.conditions.map((d, j) => (j === i ? c : d)) });
  return (
    <div className="pattern-form">
      <TextField
        label="Source"
        value={joinValues(form.source)}
        placeholder="aws.ec2, my.app"
        onCommit={(v) => onChange({ ...form, source: splitValues(v) })}
      />
      <TextField
        label="Detail type"
        value={joinValues(form.detailType)}
        placeholder="EC2 Instance State-change Notification"
        onCommit={(v) => onChange({ ...form, detailType: splitValues(v) })}
      />
      {form.conditions.map((c, i) => (
        <ConditionRow
          key={`${i}:${c.path}`}
          index={i}
          condition={c}
          others={form.conditions.filter((_, j) => j !== i).map((d) => d.path)}
          onChange={(next) => replace(i, next)}
          onRemove={() => onChange({ ...form, conditions: form.conditions.filter((_, j) => j !== i) })}
        />
      ))}
      <button
        type="button"
        className="secondary"
        onClick={() =>
          onChange({ ...form, conditions: [...form.conditions, { path: freePath(form), operator: 'exists', values: ['true'] }] })
        }
      >
        Add condition
      </button>
    </div>
  );
}

interface RowProps {
  index: number;
  condition: FieldCondition;
  others: string[];
  onChange: (c: FieldCondition) => void;
  onRemove: () => void;
}

function ConditionRow({ index, condition, others, onChange, onRemove }: RowProps) {
  const operatorId = useId();
  const checkPath = (path: string) =>
    conditionProblem({ ...condition, path }) ??
    (others.some((o) => o === path || o.startsWith(`${path}.`) || path.startsWith(`${o}.`))
      ? 'Another condition already tests this field.'
      : undefined) ??
    (['source', 'detail-type'].includes(path) ? `Use the ${path === 'source' ? 'Source' : 'Detail type'} box for ${path}.` : undefined);
  return (
    <div role="group" aria-label={`Condition ${index + 1}: ${condition.path}`} className="pattern-condition">
      <TextField label="Field" value={condition.path} check={checkPath} onCommit={(path) => onChange({ ...condition, path })} />
      <div className="field">
        <label htmlFor={operatorId}>Operator</label>
        <select
          id={operatorId}
          value={condition.operator}
          onChange={(e) => {
            const operator = e.target.value as FormOperator;
            onChange({ ...condition, operator, values: valuesFor(operator, condition.values) });
          }}
        >
          {FORM_OPERATORS.map((o) => (
            <option key={o} value={o}>
              {OPERATOR_LABELS[o]}
            </option>
          ))}
        </select>
      </div>
      {condition.operator === 'exists' ? (
        <div className="field">
          <label htmlFor={`${operatorId}-exists`}>Values</label>
          <select
            id={`${operatorId}-exists`}
            value={condition.values[0]}
            onChange={(e) => onChange({ ...condition, values: [e.target.value] })}
          >
            <option value="true">present</option>
            <option value="false">absent</option>
          </select>
        </div>
      ) : (
        <TextField
          label="Values"
          value={joinValues(condition.values)}
          check={(v) => conditionProblem({ ...condition, values: splitValues(v) })}
          onCommit={(v) => onChange({ ...condition, values: splitValues(v) })}
          placeholder={condition.operator === 'numeric' ? '>= 0, < 100' : 'comma-separated'}
        />
      )}
      <button type="button" className="link-button" onClick={onRemove} aria-label={`Remove condition ${condition.path}`}>
        Remove
      </button>
    </div>
  );
}
