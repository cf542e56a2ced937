import type { Diagnostic } from '../../core/validate/types';
import { useDesigner } from '../../store/use-designer';
import { SeverityIcon } from './SeverityIcon';

export function ProblemItem({ diagnostic: d }: { diagnostic: Diagnostic }) {
  const { reveal, applyFix } = useDesigner((s) => s.actions);
  return (
    <li className={`problem problem-${d.severity}`}>
      <button
        type="button"
        className="problem-main"
        onClick={() => d.resource && reveal(d.resource)}
        aria-label={`${d.severity} ${d.ruleId}${d.resource ? ` in ${d.resource}` : ''}: ${d.message}`}
      >
        <SeverityIcon severity={d.severity} />
        <span className="problem-rule">{d.ruleId}</span>
        {d.resource && <span className="problem-resource">{d.resource}</span>}
        <span className="problem-message">{d.message}</span>
      </button>
      {d.fix && (
        <button type="button" className="problem-fix" onClick={() => applyFix(d.fix!)} title={d.fix.title} aria-describedby={undefined}>
          Fix
        </button>
      )}
    </li>
  );
}
