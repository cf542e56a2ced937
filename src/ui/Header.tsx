import EventBridgeIcon from 'aws-react-icons/lib/icons/ArchitectureServiceAmazonEventBridge';
import { useDesigner, useHistory } from '../store/use-designer';

export function Header() {
  const designName = useDesigner((s) => s.designName);
  const setDesignName = useDesigner((s) => s.actions.setDesignName);
  const canUndo = useHistory((h) => h.pastStates.length > 0);
  const canRedo = useHistory((h) => h.futureStates.length > 0);
  const undo = useHistory((h) => h.undo);
  const redo = useHistory((h) => h.redo);
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
      <p className="tagline">Templates stay in your browser.</p>
    </header>
  );
}
