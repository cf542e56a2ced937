import { useEffect } from 'react';
import { useDesigner } from '../store/use-designer';
import { typingInText } from './typing-in-text';

/**
 * Copy and paste outside text fields: copying puts the selected resources on the clipboard;
 * pasting them back adds copies, and pasting a template's text opens it.
 */
export function usePasteToImport(): void {
  const { importText, copySelection, pasteClipboard } = useDesigner((s) => s.actions);
  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => {
      if (typingInText(event.target) || !window.getSelection()?.isCollapsed) return;
      const text = copySelection();
      if (text === null || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (typingInText(event.target)) return;
      const text = event.clipboardData?.getData('text/plain');
      if (!text) return;
      event.preventDefault();
      if (!pasteClipboard(text)) importText(text, 'the pasted text');
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [importText, copySelection, pasteClipboard]);
}
