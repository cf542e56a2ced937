import { useDesigner } from '../../store/use-designer';

/** Why the last action was refused; announced to screen readers. */
export function CanvasNotice() {
  const notice = useDesigner((s) => s.notice);
  const dismiss = useDesigner((s) => s.actions.dismissNotice);
  return (
    <div className="canvas-notice" role="status" aria-live="polite">
      {notice && (
        <>
          <span>{notice}</span>
          <button type="button" onClick={dismiss} aria-label="Dismiss message">
            ×
          </button>
        </>
      )}
    </div>
  );
}
