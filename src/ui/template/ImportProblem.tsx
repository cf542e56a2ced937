import { useDesigner } from '../../store/use-designer';

/** Why an import was refused, with the line and column; the design itself is unchanged. */
export function ImportProblem() {
  const problem = useDesigner((s) => s.importProblem);
  const dismiss = useDesigner((s) => s.actions.dismissImportProblem);
  if (!problem) return null;
  const where = problem.line ? ` (line ${problem.line}${problem.column ? `, column ${problem.column}` : ''})` : '';
  return (
    <div className="import-problem" role="alert">
      <p>
        <strong>
          Could not open {problem.source}
          {where}.
        </strong>{' '}
        {problem.message} Your design is unchanged.
      </p>
      <button type="button" onClick={dismiss} aria-label="Dismiss import message">
        ×
      </button>
    </div>
  );
}
