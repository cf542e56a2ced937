import type { TargetOutcome } from '../../core/sandbox/test-event';
import { useDesigner } from '../../store/use-designer';
import { selectGraph } from '../../store/selectors';

const VERDICT_TEXT: Record<TargetOutcome['verdict'], string> = {
  invoked: 'would be invoked',
  blocked: 'blocked',
  'not-checked': 'not checked',
};

const PAYLOAD_KIND: Record<string, string> = {
  event: 'the whole event',
  input: 'the constant Input',
  'input-path': 'the part InputPath selects',
  'input-transformer': 'what the InputTransformer makes',
};

/** One target of a matching rule: invoked or blocked (and why), and the payload it would get. */
export function TargetOutcomeItem({ outcome }: { outcome: TargetOutcome }) {
  const node = useDesigner((s) => selectGraph(s).nodes.find((n) => n.id === outcome.resourceId));
  const name = outcome.resourceId ?? outcome.targetId;
  const label = node && node.label !== name ? `${node.label} (${name})` : name;
  return (
    <li className={`sandbox-target sandbox-${outcome.verdict}`} aria-label={`Target ${name}: ${VERDICT_TEXT[outcome.verdict]}`}>
      <div className="sandbox-line">
        <span className={`sandbox-pill pill-${outcome.verdict}`}>{VERDICT_TEXT[outcome.verdict]}</span>
        <span className="sandbox-name">{label}</span>
      </div>
      {outcome.reasons.length > 0 && (
        <ul className="sandbox-reasons">
          {outcome.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {outcome.payload.ok ? (
        <details className="sandbox-payload">
          <summary>Payload: {PAYLOAD_KIND[outcome.payload.kind]}</summary>
          {/* EventBridge sends JSON minified; it is shown indented to be read. */}
          <pre aria-label={`Payload for ${name}`}>
            {typeof outcome.payload.payload === 'string' && outcome.payload.kind === 'input-transformer'
              ? outcome.payload.text
              : JSON.stringify(outcome.payload.payload, null, 2)}
          </pre>
        </details>
      ) : (
        <p className="sandbox-reasons">Payload: {outcome.payload.message}</p>
      )}
    </li>
  );
}
