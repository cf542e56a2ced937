import { useEffect, useContext } from 'react';
import { DesignerStoreContext } from '../store/use-designer';
import { typingInText } from './typing-in-text';

/** Ctrl/Cmd+Z undoes the last document change, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes it. */
export function useUndoShortcuts(): void {
  const store = useContext(DesignerStoreContext);
  useEffect(() => {
    if (!store) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || typingInText(event.target)) return;
      const key = event.key.toLowerCase();
      const history = store.temporal.getState();
      if (key === 'z' && !event.shiftKey) history.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') history.redo();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);
}
