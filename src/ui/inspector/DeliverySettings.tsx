import { isJsonObject, type JsonObject } from '../../core/template/json';
import { referencedId } from '../../core/template/intrinsics';
import { targetsOf } from '../../core/ops/targets';
import type { TargetInputKind } from '../../core/ops/set-target-input';
import { useDesigner } from '../../store/use-designer';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { text } from './use-resource';
import { jsonText } from './json-field';
import { checkInput, checkInputPath, checkInputTemplate, checkWhole, readPathsMap } from './delivery-fields';

type PayloadKind = TargetInputKind | 'whole';

const PAYLOADS: { value: PayloadKind; label: string }[] = [
  { value: 'whole', label: 'Whole event' },
  { value: 'Input', label: 'Constant JSON (Input)' },
  { value: 'InputPath', label: 'Part of the event (InputPath)' },
  { value: 'InputTransformer', label: 'Input transformer' },
];

/** What a new choice starts with: a value the user can edit, valid as it is. */
const STARTING_VALUE = {
  Input: '{}',
  InputPath: '$.detail',
  InputTransformer: { InputPathsMap: { source: '$.source' }, InputTemplate: '{"source": <source>}' },
} as const;

function payloadKind(target: JsonObject): PayloadKind {
  if (target.Input !== undefined) return 'Input';
  if (target.InputPath !== undefined) return 'InputPath';
  if (target.InputTransformer !== undefined) return 'InputTransformer';
  return 'whole';
}

/**
 * How EventBridge delivers to one target: the payload it sends, how long it retries, and where
 * events go when it gives up. Limits from
 * https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html
 */
export function DeliverySettings({ ruleId, index }: { ruleId: string; index: number }) {
  const target = useDesigner((s) => targetsOf(s.template, ruleId)[index]);
  if (!target) return null;
  return (
    <section className="delivery" aria-labelledby={`delivery-${ruleId}-${index}`}>
      <h3 className="subheading" id={`delivery-${ruleId}-${index}`}>
        Delivery
      </h3>
      <PayloadFields ruleId={ruleId} index={index} target={target} />
      <RetryFields ruleId={ruleId} index={index} target={target} />
      <DeadLetterQueueField ruleId={ruleId} index={index} target={target} />
    </section>
  );
}

interface TargetProps {
  ruleId: string;
  index: number;
  target: JsonObject;
}

function PayloadFields({ ruleId, index, target }: TargetProps) {
  const setTargetInput = useDesigner((s) => s.actions.setTargetInput);
  const kind = payloadKind(target);
  const choose = (value: string) => {
    if (value === kind) return;
    if (value === 'whole') setTargetInput(ruleId, index, null);
    else setTargetInput(ruleId, index, value as TargetInputKind, STARTING_VALUE[value as TargetInputKind]);
  };
  const transformer = isJsonObject(target.InputTransformer) ? target.InputTransformer : undefined;
  return (
    <>
      <SelectField label="Payload" value={kind} options={PAYLOADS} onChange={choose} />
      {kind === 'Input' && (
        <TextField
          label="Constant JSON"
          multiline
          value={text(target.Input)}
          check={checkInput}
          onCommit={(v) => setTargetInput(ruleId, index, 'Input', v)}
          hint="Sent instead of the event, as written. Ctrl+Enter applies."
        />
      )}
      {kind === 'InputPath' && (
        <TextField
          label="Input path"
          value={text(target.InputPath)}
          check={checkInputPath}
          onCommit={(v) => setTargetInput(ruleId, index, 'InputPath', v.trim())}
          hint="The part of the event to send, such as $.detail."
        />
      )}
      {kind === 'InputTransformer' && (
        <>
          <TextField
            label="Input paths map"
            multiline
            value={jsonText(transformer?.InputPathsMap ?? {})}
            check={(v) => readPathsMap(v).error}
            onCommit={(v) =>
              setTargetInput(ruleId, index, 'InputTransformer', { ...transformer, InputPathsMap: readPathsMap(v).value ?? {} })
            }
            hint='Names for parts of the event, such as {"state": "$.detail.state"}.'
          />
          <TextField
            label="Input template"
            multiline
            value={text(transformer?.InputTemplate)}
            check={checkInputTemplate}
            onCommit={(v) => setTargetInput(ruleId, index, 'InputTransformer', { ...transformer, InputTemplate: v })}
            hint="What the target receives, with <name> where a value goes. Ctrl+Enter applies."
          />
        </>
      )}
    </>
  );
}

const RETRY_FIELDS = [
  { key: 'MaximumRetryAttempts', label: 'Retry attempts', min: 0, max: 185, hint: '0 to 185; empty uses the default, 185.' },
  {
    key: 'MaximumEventAgeInSeconds',
    label: 'Maximum event age (seconds)',
    min: 60,
    max: 86400,
    hint: '60 to 86,400; empty uses the default, 24 hours.',
  },
] as const;

function RetryFields({ ruleId, index, target }: TargetProps) {
  const setTargetProperty = useDesigner((s) => s.actions.setTargetProperty);
  const policy = isJsonObject(target.RetryPolicy) ? target.RetryPolicy : {};
  const commit = (key: string) => (v: string) => {
    const { [key]: _, ...rest } = policy;
    const next: JsonObject = v.trim() === '' ? rest : { ...rest, [key]: Number(v) };
    setTargetProperty(ruleId, index, 'RetryPolicy', Object.keys(next).length === 0 ? undefined : next);
  };
  return (
    <>
      {RETRY_FIELDS.map((f) => (
        <TextField
          key={f.key}
          label={f.label}
          value={text(policy[f.key])}
          check={checkWhole(f.min, f.max)}
          onCommit={commit(f.key)}
          hint={f.hint}
        />
      ))}
    </>
  );
}

function DeadLetterQueueField({ ruleId, index, target }: TargetProps) {
  const { addDeadLetterQueue, removeDeadLetterQueue, select } = useDesigner((s) => s.actions);
  const config = isJsonObject(target.DeadLetterConfig) ? target.DeadLetterConfig : undefined;
  if (!config)
    return (
      <div className="field">
        <span className="field-label">Dead-letter queue</span>
        <p className="field-hint">None: events that still fail after the retries are dropped.</p>
        <button type="button" onClick={() => addDeadLetterQueue(ruleId, index)}>
          Add dead-letter queue
        </button>
      </div>
    );
  const queueId = referencedId(config.Arn);
  return (
    <div className="field">
      <span className="field-label">Dead-letter queue</span>
      {queueId ? (
        <button type="button" className="link-button" onClick={() => select(queueId)}>
          {queueId}
        </button>
      ) : (
        <code className="field-hint">{text(config.Arn)}</code>
      )}
      <button type="button" className="danger" onClick={() => removeDeadLetterQueue(ruleId, index)}>
        Remove dead-letter queue
      </button>
    </div>
  );
}
