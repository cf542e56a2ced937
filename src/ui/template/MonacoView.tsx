import Editor from '@monaco-editor/react';
import { monaco } from './monaco-setup';

const OPTIONS = {
  readOnly: true,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fontSize: 13,
  tabSize: 2,
  automaticLayout: true,
  wordWrap: 'off',
  renderLineHighlight: 'none',
  ariaLabel: 'CloudFormation template (JSON)',
} as const;

if (import.meta.env.MODE === 'test') {
  window.__editorText = () => monaco.editor.getModels()[0]?.getValue();
}

/** The template in Monaco (read-only for now). */
export default function MonacoView({ text }: { text: string }) {
  return <Editor height="100%" language="json" value={text} options={OPTIONS} theme="vs" />;
}
