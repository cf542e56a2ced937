import { useId } from 'react';
import { useDesigner } from '../../store/use-designer';
import { selectTestEvent, selectTestOutcomes } from '../../store/sandbox-selectors';
import { EventPicker } from './EventPicker';
import { BusPicker } from './BusPicker';
import { RuleOutcomeItem } from './RuleOutcomeItem';

/** Where the event text breaks, as "line L, column C". */
function lineColumn(text: string, offset: number | undefined): string {
  if (offset === undefined) return '';
  const before = text.slice(0, offset).split('\n');
  return ` (line ${before.length}, column ${before[before.length - 1]!.length + 1})`;
}

/**
 * The sandbox: an event (a sample, one built from a rule, or pasted), sent to one bus or all; for
 * every rule whether it matches and, when not, which field failed; for every target of a match
 * whether it would be invoked and with what payload. Nothing leaves the browser.
 */
export function TestEventPanel() {
  const text = useDesigner((s) => s.sandbox.eventText);
  const sent = useDesigner((s) => s.sandbox.sent);
  const read = useDesigner(selectTestEvent);
  const outcomes = useDesigner(selectTestOutcomes);
  const { setTestEventText, sendTestEvent, clearTestEvent } = useDesigner((s) => s.actions);
  const fieldId = useId();
  const problemId = useId();
  const matched = outcomes?.filter((o) => o.verdict === 'matches').length ?? 0;
  const considered = outcomes?.filter((o) => o.verdict !== 'other-bus') ?? [];
  return (
    <section className="sandbox-panel" aria-label="Test event">
      <div className="sandbox-form">
        <EventPicker />
        <BusPicker />
        <label htmlFor={fieldId} className="sandbox-label">
          Event (JSON)
        </label>
        <textarea
          id={fieldId}
          className="sandbox-event"
          spellCheck={false}
          value={text}
          aria-invalid={read.problem ? true : undefined}
          aria-describedby={read.problem || read.warnings.length > 0 ? problemId : undefined}
          onChange={(e) => setTestEventText(e.target.value)}
        />
        <div id={problemId}>
          {read.problem && (
            <p className="field-error" role="alert">
              {read.problem.message}
              {lineColumn(text, read.problem.offset)}
            </p>
          )}
          {read.warnings.map((w) => (
            <p key={w} className="field-warning">
              {w}
            </p>
          ))}
        </div>
        <div className="sandbox-actions">
          <button type="button" className="primary" onClick={() => sendTestEvent()} disabled={!read.event}>
            Send test event
          </button>
          <button type="button" onClick={clearTestEvent} disabled={!sent}>
            Clear
          </button>
        </div>
      </div>
      {outcomes && (
        <div className="sandbox-results">
          <p role="status" className="sandbox-summary">
            {considered.length === 0
              ? 'No rule listens on that bus.'
              : `${matched} of ${considered.length} rule${considered.length === 1 ? '' : 's'} match${matched === 1 ? 'es' : ''}.`}
          </p>
          <ul className="sandbox-rules" aria-label="Results">
            {considered.map((o) => (
              <RuleOutcomeItem key={o.ruleId} outcome={o} />
            ))}
          </ul>
          <p className="sandbox-note">
            Matching follows aws/event-ruler, the open-source matcher behind EventBridge: fields taken from one array must come from the
            same element of it.
          </p>
        </div>
      )}
    </section>
  );
}
