import { useDesigner } from '../../store/use-designer';
import { selectDiagnostics } from '../../store/selectors';
import { ProblemItem } from './ProblemItem';
import { summarise } from './summarise';

/** Every diagnostic of the document: choose one to select its resource; Fix applies its repair. */
export function ProblemsPanel() {
  const diagnostics = useDesigner(selectDiagnostics);
  const summary = summarise(diagnostics);
  return (
    <section className="problems" aria-labelledby="problems-title">
      <header className="problems-header">
        <h2 id="problems-title">Problems</h2>
        <span className="problems-summary" role="status" aria-live="polite">
          {summary}
        </span>
      </header>
      {diagnostics.length === 0 ? (
        <p className="problems-empty">No problems found: every target can be invoked by its rule.</p>
      ) : (
        <ul className="problems-list">
          {diagnostics.map((d, i) => (
            <ProblemItem key={`${d.ruleId}:${d.path}:${i}`} diagnostic={d} />
          ))}
        </ul>
      )}
    </section>
  );
}
