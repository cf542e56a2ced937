import type { DesignerStore } from '../store/designer-store';
import { selectTemplateJson } from '../store/selectors';

declare global {
  interface Window {
    __designer?: { templateText(): string; editorText(): string | undefined };
    __editorText?: () => string | undefined;
    __editorMarkers?: () => { owner: string; line: number; message: string }[];
  }
}

/** Only in test builds (`vite build --mode test`): lets e2e tests read what the page holds. */
export function exposeTestHooks(store: DesignerStore): void {
  if (import.meta.env.MODE !== 'test') return;
  window.__designer = {
    templateText: () => selectTemplateJson(store.getState()),
    editorText: () => window.__editorText?.(),
  };
}
