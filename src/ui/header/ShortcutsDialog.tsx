import { Dialog } from '../Dialog';
import { SHORTCUTS } from './shortcuts';

/** Every keyboard shortcut of the designer. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" open={open} onClose={onClose} className="shortcuts-dialog">
      {SHORTCUTS.map((group) => (
        <section key={group.title} aria-label={group.title}>
          <h3>{group.title}</h3>
          <dl className="shortcut-list">
            {group.items.map(([keys, what]) => (
              <div key={what} className="shortcut">
                <dt>
                  {keys.map((combo, i) => (
                    <span key={combo}>
                      {i > 0 && <span className="muted"> or </span>}
                      {combo.split('+').map((k, j) => (
                        <span key={k}>
                          {j > 0 && '+'}
                          <kbd>{k}</kbd>
                        </span>
                      ))}
                    </span>
                  ))}
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p className="muted">On a Mac, Cmd works wherever Ctrl is listed.</p>
    </Dialog>
  );
}
