import { useEffect, useState } from 'react';
import EventBridgeIcon from 'aws-react-icons/lib/icons/ArchitectureServiceAmazonEventBridge';
import { useDesigner, useHistory } from '../store/use-designer';
import { SaveStatus } from './header/SaveStatus';
import { DesignsDialog } from './header/DesignsDialog';
import { ShareDialog } from './header/ShareDialog';
import { ShortcutsDialog } from './header/ShortcutsDialog';
import { ThemeToggle } from './header/ThemeToggle';
import { typingInText } from './typing-in-text';

type OpenDialog = 'designs' | 'share' | 'shortcuts' | null;

export function Header() {
  const designName = useDesigner((s) => s.designName);
  const setDesignName = useDesigner((s) => s.actions.setDesignName);
  const canUndo = useHistory((h) => h.pastStates.length > 0);
  const canRedo = useHistory((h) => h.futureStates.length > 0);
  const undo = useHistory((h) => h.undo);
  const redo = useHistory((h) => h.redo);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => setDialog(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingInText(event.target)) {
        event.preventDefault();
        setDialog('shortcuts');
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <header className="header">
      <div className="brand">
        <EventBridgeIcon size={28} aria-hidden="true" focusable="false" />
        <h1>EventBridge Designer</h1>
      </div>
      <label className="design-name">
        <span>Design</span>
        <input aria-label="Design name" value={designName} onChange={(e) => setDesignName(e.target.value)} spellCheck={false} />
      </label>
      <div className="header-actions">
        <button type="button" onClick={() => setDialog('designs')} aria-haspopup="dialog">
          Designs
        </button>
      </div>
      <SaveStatus />
      <div className="header-actions" role="group" aria-label="History">
        <button type="button" onClick={() => undo()} disabled={!canUndo} title="Undo (Ctrl+Z)" aria-keyshortcuts="Control+Z Meta+Z">
          Undo
        </button>
        <button
          type="button"
          onClick={() => redo()}
          disabled={!canRedo}
          title="Redo (Shift+Ctrl+Z)"
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        >
          Redo
        </button>
      </div>
      <div className="header-actions header-end">
        <button type="button" onClick={() => setDialog('share')} aria-haspopup="dialog">
          Share link
        </button>
        <ThemeToggle />
        <button
          type="button"
          onClick={() => setDialog('shortcuts')}
          aria-haspopup="dialog"
          aria-keyshortcuts="?"
          title="Keyboard shortcuts (?)"
        >
          Keyboard shortcuts
        </button>
      </div>
      <DesignsDialog open={dialog === 'designs'} onClose={close} />
      <ShareDialog open={dialog === 'share'} onClose={close} />
      <ShortcutsDialog open={dialog === 'shortcuts'} onClose={close} />
    </header>
  );
}
