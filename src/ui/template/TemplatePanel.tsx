import { lazy, Suspense, useState } from 'react';
import { useDesigner } from '../../store/use-designer';
import { selectTemplateText } from '../../store/selectors';
import { copyText, downloadText, fileNameFor } from './export-text';
import { FormatSwitch } from './FormatSwitch';
import { ImportButton } from './ImportButton';
import { ImportProblem } from './ImportProblem';
import { KeepLayoutToggle } from './KeepLayoutToggle';

// Monaco is large: it loads after the first screen, in its own chunk.
const MonacoView = lazy(() => import('./MonacoView'));

/** The CloudFormation template the design is, editable, in JSON or YAML, with import, copy and download. */
export function TemplatePanel() {
  const text = useDesigner(selectTemplateText);
  const designName = useDesigner((s) => s.designName);
  const format = useDesigner((s) => s.format);
  const [status, setStatus] = useState('');
  const [syntax, setSyntax] = useState<string | null>(null);
  const onCopy = async () =>
    setStatus((await copyText(text)) ? 'Template copied to the clipboard.' : 'Copy failed: select the text and copy it by hand.');
  const onDownload = () => {
    const name = fileNameFor(designName, format);
    downloadText(text, name);
    setStatus(`Downloaded ${name}.`);
  };
  return (
    <section className="template-panel" aria-label="Template">
      <div className="template-toolbar">
        <h2 className="visually-hidden">Template</h2>
        <FormatSwitch />
        <KeepLayoutToggle />
      </div>
      <div className="template-actions">
        <ImportButton />
        <button type="button" onClick={onCopy}>
          Copy template
        </button>
        <button type="button" className="primary" onClick={onDownload}>
          Download template
        </button>
      </div>
      <ImportProblem />
      {syntax && (
        <p className="template-syntax" role="alert">
          {syntax} The canvas shows the last version that parsed.
        </p>
      )}
      <p className="template-status" role="status" aria-live="polite">
        {status}
      </p>
      <div className="template-editor">
        <Suspense
          fallback={
            <pre className="template-fallback" aria-label="Template text">
              {text}
            </pre>
          }
        >
          <MonacoView text={text} format={format} onSyntaxProblem={setSyntax} />
        </Suspense>
      </div>
    </section>
  );
}
