import { useState } from 'react';
import { useDesigner } from '../../store/use-designer';
import { useDesignSession } from '../session-context';
import { Dialog } from '../Dialog';
import { EXAMPLES } from '../../core/examples/examples';
import type { DesignEntry } from '../../store/design-library';

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? 'saved by an earlier version'
    : `saved ${date.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}`;
}

/** The designs kept in this browser (open, delete) and the examples a new design can start from. */
export function DesignsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const session = useDesignSession();
  const designs = useDesigner((s) => s.library.designs);
  const currentId = useDesigner((s) => s.library.currentId);
  const status = useDesigner((s) => s.library.status);
  const [confirming, setConfirming] = useState<string | null>(null);
  if (!session) return null;

  const openDesign = (id: string) => {
    session.open(id);
    onClose();
  };
  return (
    <Dialog title="Designs" open={open} onClose={onClose} className="designs-dialog">
      <section aria-labelledby="saved-designs-heading">
        <h3 id="saved-designs-heading">Kept in this browser</h3>
        {status.kind === 'off' && <p className="dialog-warning">{status.reason}</p>}
        {designs.length === 0 ? (
          <p className="muted">No design is kept yet: a design is kept with its first change.</p>
        ) : (
          <ul className="design-list">
            {designs.map((d) => (
              <DesignRow
                key={d.id}
                design={d}
                isOpen={d.id === currentId}
                confirming={confirming === d.id}
                onOpen={() => openDesign(d.id)}
                onAskDelete={() => setConfirming(d.id)}
                onCancelDelete={() => setConfirming(null)}
                onDelete={() => {
                  session.remove(d.id);
                  setConfirming(null);
                }}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="examples-heading">
        <h3 id="examples-heading">Start a new design</h3>
        <p className="muted">The design open now stays kept; the new one is added beside it.</p>
        <ul className="example-list">
          {EXAMPLES.map((example) => (
            <li key={example.id}>
              <button
                type="button"
                className="example"
                aria-label={`New design: ${example.title}`}
                onClick={() => {
                  session.create({ name: example.title, template: example.build(), layout: {} });
                  onClose();
                }}
              >
                <strong>{example.title}</strong>
                <span>{example.description}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </Dialog>
  );
}

function DesignRow(props: {
  design: DesignEntry;
  isOpen: boolean;
  confirming: boolean;
  onOpen: () => void;
  onAskDelete: () => void;
  onCancelDelete: () => void;
  onDelete: () => void;
}) {
  const { design, isOpen, confirming } = props;
  return (
    <li className={`design-row${isOpen ? ' design-row-open' : ''}`}>
      <div className="design-row-text">
        <strong>{design.name}</strong>
        <span className="muted">{isOpen ? 'open now' : design.damaged ? 'damaged' : when(design.savedAt)}</span>
        {design.damaged && <span className="dialog-warning">{design.damaged}</span>}
      </div>
      <div className="design-row-actions">
        {confirming ? (
          <>
            <button type="button" className="danger" onClick={props.onDelete} aria-label={`Confirm deleting ${design.name}`}>
              Delete for good
            </button>
            <button type="button" onClick={props.onCancelDelete}>
              Keep
            </button>
          </>
        ) : (
          <>
            {!isOpen && !design.damaged && (
              <button type="button" onClick={props.onOpen} aria-label={`Open ${design.name}`}>
                Open
              </button>
            )}
            {!isOpen && (
              <button type="button" onClick={props.onAskDelete} aria-label={`Delete ${design.name}`}>
                Delete
              </button>
            )}
          </>
        )}
      </div>
    </li>
  );
}
