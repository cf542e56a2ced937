import { useEffect, useRef, useState } from 'react';
import { useDesignSession } from '../session-context';
import { useDesigner } from '../../store/use-designer';
import { Dialog } from '../Dialog';
import { shareUrl } from '../../core/share/share-link';

/** A link that carries the open design in its fragment, which browsers never send to a server. */
export function ShareDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const session = useDesignSession();
  const template = useDesigner((s) => s.template);
  const layout = useDesigner((s) => s.layout);
  const designName = useDesigner((s) => s.designName);
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open || !session) return;
    let current = true;
    session
      .shareFragment()
      .then((fragment) => {
        if (!current) return;
        setLink(shareUrl(window.location, fragment));
        setCopied(null);
      })
      .catch((error: unknown) => {
        if (current) setCopied(`The link could not be made: ${error instanceof Error ? error.message : String(error)}`);
      });
    return () => {
      current = false;
    };
  }, [open, session, template, layout, designName]);

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied('Link copied.');
    } catch {
      // Clipboard access can be refused (permissions, an insecure origin): the link is selected to copy by hand.
      input.current?.select();
      setCopied('Copying was refused by the browser: the link is selected, press Ctrl+C (Cmd+C) to copy it.');
    }
  };

  return (
    <Dialog title="Share this design" open={open} onClose={onClose} className="share-dialog">
      <p>
        Anyone who opens this link sees this design. The design travels inside the link itself, after the <code>#</code>, which browsers
        never send to a server: it is not uploaded anywhere. Opening the link adds the design as a new design beside the recipient&rsquo;s
        own; nothing of theirs is replaced.
      </p>
      <label className="share-link">
        <span>Link to this design</span>
        <input ref={input} readOnly value={link ?? 'Making the link\u2026'} onFocus={(e) => e.target.select()} spellCheck={false} />
      </label>
      {link && <p className="muted">{(link.length / 1024).toFixed(1)} KB link.</p>}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => void copy()} disabled={!link}>
          Copy link
        </button>
      </div>
      <p role="status" aria-live="polite" className="muted">
        {copied}
      </p>
    </Dialog>
  );
}
