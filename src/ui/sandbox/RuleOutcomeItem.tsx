import type { RuleOutcome } from '../../core/sandbox/test-event';
import { describeMismatch } from '../../core/pattern/describe-mismatch';
import { useDesigner } from '../../store/use-designer';
import { selectGraph } from '../../store/selectors';
import { TargetOutcomeItem } from './TargetOutcomeItem';

const VERDICT_TEXT: Record<RuleOutcome['verdict'], string> = {
  matches: 'matches',
  'no-match': 'no match',
  disabled: 'disabled',
  schedule: 'scheduled',
  invalid: 'invalid pattern',
  unknown: 'cannot tell',
  'other-bus': 'other bus',
};

/** One rule's answer to the test event: match or not (with the fields that failed), and its targets. */
export function RuleOutcomeItem({ outcome }: { outcome: RuleOutcome }) {
  const node = useDesigner((s) => selectGraph(s).nodes.find((n) => n.id === outcome.ruleId));
  const reveal = useDesigner((s) => s.actions.reveal);
  const label = node && node.label !== outcome.ruleId ? `${node.label} (${outcome.ruleId})` : outcome.ruleId;
  return (
    <li className={`sandbox-rule sandbox-${outcome.verdict}`} aria-label={`Rule ${outcome.ruleId}: ${VERDICT_TEXT[outcome.verdict]}`}>
      <div className="sandbox-line">
        <span className={`sandbox-pill pill-${outcome.verdict}`}>{VERDICT_TEXT[outcome.verdict]}</span>
        <button
          type="button"
          className="link-button sandbox-name"
          onClick={() => reveal(outcome.ruleId)}
          title="Show this rule on the canvas"
        >
          {label}
        </button>
      </div>
      {outcome.reason && <p className="sandbox-reasons">{outcome.reason}</p>}
      {outcome.mismatches.length > 0 && (
        <ul className="sandbox-reasons" aria-label={`Why ${outcome.ruleId} does not match`}>
          {outcome.mismatches.map((m) => (
            <li key={`${m.pointer}:${m.reason}`}>{describeMismatch(m)}</li>
          ))}
        </ul>
      )}
      {outcome.unresolved.length > 0 && (
        <p className="sandbox-note">
          The pattern uses values known only once deployed ({outcome.unresolved.join(', ')}); they were taken as placeholders.
        </p>
      )}
      {outcome.verdict === 'matches' && outcome.targets.length === 0 && (
        <p className="sandbox-reasons">The rule has no targets: the event goes nowhere.</p>
      )}
      {outcome.targets.length > 0 && (
        <ul className="sandbox-targets" aria-label={`Targets of ${outcome.ruleId}`}>
          {outcome.targets.map((t) => (
            <TargetOutcomeItem key={t.index} outcome={t} />
          ))}
        </ul>
      )}
    </li>
  );
}
