import { useEffect } from 'react';
import { useDesigner } from '../store/use-designer';

/** True when the paste goes into something that edits text (a field, Monaco), which handles it itself. */
function pastesIntoText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('.monaco-editor') !== null;
}

/** Pasting a template anywhere outside a text field opens it. */
export function usePasteToImport(): void {
  const importText = useDesigner((s) => s.actions.importText);
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (pastesIntoText(event.target)) return;
      const text = event.clipboardData?.getData('text/plain');
      if (!text) return;
      event.preventDefault();
      importText(text, 'the pasted text');
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [importText]);
}
