import { lazy, Suspense, useState } from 'react';
import { useDesigner } from '../../store/use-designer';
import { selectTemplateText } from '../../store/selectors';
import { copyText, downloadText, fileNameFor } from './export-text';

// Monaco is large: it loads after the first screen, in its own chunk.
const MonacoView = lazy(() => import('./MonacoView'));

/** The CloudFormation template the design is, as JSON, with copy and download. */
export function TemplatePanel() {
  const text = useDesigner(selectTemplateText);
  const designName = useDesigner((s) => s.designName);
  const [status, setStatus] = useState('');
  const onCopy = async () => setStatus((await copyText(text)) ? 'Template copied to the clipboard.' : 'Copy failed: select the text and copy it by hand.');
  const onDownload = () => {
    const name = fileNameFor(designName);
    downloadText(text, name);
    setStatus(`Downloaded ${name}.`);
  };
  return (
    <section className="template-panel" aria-label="Template">
      <div className="template-toolbar">
        <h2>Template</h2>
        <span className="template-format">JSON</span>
        <div className="template-actions">
          <button type="button" onClick={onCopy}>Copy template</button>
          <button type="button" className="primary" onClick={onDownload}>Download template</button>
        </div>
      </div>
      <p className="template-status" role="status" aria-live="polite">{status}</p>
      <div className="template-editor">
        <Suspense fallback={<pre className="template-fallback" aria-label="Template text">{text}</pre>}>
          <MonacoView text={text} />
        </Suspense>
      </div>
    </section>
  );
}
