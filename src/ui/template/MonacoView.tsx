import { useCallback, useEffect, useRef, useState } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
import { DARK_EDITOR_THEME, monaco } from './monaco-setup';
import { useDesigner } from '../../store/use-designer';
import { parseTemplateText } from '../../core/io/parse-template-text';
import type { TemplateFormat } from '../../core/io/parse-result';
import { isJsonObject } from '../../core/template/json';
import type { Template } from '../../core/template/types';
import { selectDiagnostics } from '../../store/selectors';
import { markersFor } from './diagnostic-markers';

type CodeEditor = Parameters<OnMount>[0];

const OPTIONS = {
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fontSize: 13,
  tabSize: 2,
  automaticLayout: true,
  wordWrap: 'off',
  renderLineHighlight: 'line',
  ariaLabel: 'Template text (editable)',
} as const;

/** How long typing must pause before the text is parsed and applied to the design. */
const APPLY_AFTER_MS = 400;

if (import.meta.env.MODE === 'test') {
  window.__editorText = () => monaco.editor.getModels()[0]?.getValue();
  window.__editorMarkers = () =>
    monaco.editor.getModelMarkers({}).map((m) => ({ owner: m.owner, line: m.startLineNumber, message: m.message }));
}

interface Props {
  text: string;
  format: TemplateFormat;
  onSyntaxProblem: (message: string | null) => void;
}

/** Replaces the editor's whole text as one undoable edit, without treating it as typing. */
function replaceText(editor: CodeEditor, text: string, guard: { current: boolean }) {
  const model = editor.getModel();
  if (!model || model.getValue() === text) return;
  guard.current = true;
  editor.executeEdits('designer', [{ range: model.getFullModelRange(), text }]);
  editor.pushUndoStop();
  guard.current = false;
}

/**
 * The template in Monaco, two-way: what the user types is applied when typing pauses and it
 * parses; changes made elsewhere replace the text, except those that came from this editor, so
 * the user's own text is never reformatted under the cursor.
 */
export default function MonacoView({ text, format, onSyntaxProblem }: Props) {
  const template = useDesigner((s) => s.template);
  const draft = useDesigner((s) => s.draft);
  const theme = useDesigner((s) => s.theme);
  const diagnostics = useDesigner(selectDiagnostics);
  const replaceTemplate = useDesigner((s) => s.actions.replaceTemplate);
  const editorRef = useRef<CodeEditor | null>(null);
  const [mounted, setMounted] = useState(false);
  const fromEditor = useRef<{ template: Template; format: TemplateFormat } | null>(null);
  const outsideChange = useRef(false);
  const handledDraft = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const applyTyped = useCallback(
    (value: string) => {
      const model = editorRef.current?.getModel();
      const parsed = parseTemplateText(value, format);
      if (!parsed.ok) {
        const { message, line = 1, column = 1 } = parsed.problem;
        if (model) {
          const marker = {
            severity: monaco.MarkerSeverity.Error,
            message,
            startLineNumber: line,
            startColumn: column,
            endLineNumber: line,
            endColumn: column + 1,
          };
          monaco.editor.setModelMarkers(model, 'syntax', [marker]);
        }
        onSyntaxProblem(`Line ${line}, column ${column}: ${message}`);
        return;
      }
      if (model) monaco.editor.setModelMarkers(model, 'syntax', []);
      if (!isJsonObject(parsed.value)) {
        onSyntaxProblem('The text must be an object with a "Resources" section.');
        return;
      }
      onSyntaxProblem(null);
      fromEditor.current = { template: parsed.value, format };
      replaceTemplate(parsed.value);
    },
    [format, onSyntaxProblem, replaceTemplate],
  );

  // The document changed elsewhere (canvas, inspector, undo, import): show it.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || draft) return;
    if (fromEditor.current?.template === template && fromEditor.current.format === format) return;
    clearTimeout(timer.current);
    replaceText(editor, text, outsideChange);
    const model = editor.getModel();
    if (model) monaco.editor.setModelMarkers(model, 'syntax', []);
    onSyntaxProblem(null);
  }, [text, template, format, draft, onSyntaxProblem]);

  // Text that did not parse on import opens here, its error marked, for the user to mend.
  useEffect(() => {
    const editor = editorRef.current;
    if (!draft || !editor || handledDraft.current === draft.id) return;
    handledDraft.current = draft.id;
    replaceText(editor, draft.text, outsideChange);
    applyTyped(draft.text);
  }, [draft, applyTyped]);

  // Problems as markers at their place in the text (the text shown is the document's own).
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model || draft) return;
    const severity = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info };
    const markers = markersFor(model.getValue(), format, diagnostics).map((m) => ({ ...m, severity: severity[m.severity] }));
    monaco.editor.setModelMarkers(model, 'validation', markers);
  }, [diagnostics, text, format, draft, mounted]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <Editor
      height="100%"
      language={format}
      defaultValue={draft?.text ?? text}
      options={OPTIONS}
      theme={theme === 'dark' ? DARK_EDITOR_THEME : 'vs'}
      onMount={(editor) => {
        editorRef.current = editor;
        setMounted(true);
        if (draft) {
          handledDraft.current = draft.id;
          applyTyped(draft.text);
        }
      }}
      onChange={(value, event) => {
        if (event.isFlush || value === undefined || outsideChange.current) return;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => applyTyped(value), APPLY_AFTER_MS);
      }}
    />
  );
}
