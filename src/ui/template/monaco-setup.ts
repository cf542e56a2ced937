// Monaco, bundled with the page: the editor API and the JSON language only, with their workers
// built by Vite (`?worker`), so the page loads nothing from any other host.
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/language/json/monaco.contribution';
import 'monaco-editor/languages/definitions/yaml/register';
import { loader } from '@monaco-editor/react';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';

self.MonacoEnvironment = {
  getWorker: (_: unknown, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};
loader.config({ monaco });

export { monaco };

// The dark theme's editor sits on the page's navy panels rather than Monaco's neutral grey.
export const DARK_EDITOR_THEME = 'eventbridge-dark';
monaco.editor.defineTheme(DARK_EDITOR_THEME, {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: {
    'editor.background': '#0f1b2a',
    'editor.lineHighlightBackground': '#192534',
    'editorGutter.background': '#0f1b2a',
    'editorLineNumber.foreground': '#7d8998',
  },
});
