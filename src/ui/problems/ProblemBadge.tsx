import type { ProblemCounts } from '../../store/selectors';

/** Error and warning counts on a node or an edge. */
export function ProblemBadge({ counts }: { counts: ProblemCounts | undefined }) {
  if (!counts || (counts.errors === 0 && counts.warnings === 0)) return null;
  const label = [
    counts.errors ? `${counts.errors} error${counts.errors === 1 ? '' : 's'}` : '',
    counts.warnings ? `${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <span
      className={`problem-badge ${counts.errors ? 'problem-badge-error' : 'problem-badge-warning'}`}
      role="img"
      aria-label={label}
      title={label}
    >
      {counts.errors ? `✕ ${counts.errors}` : `! ${counts.warnings}`}
    </span>
  );
}
