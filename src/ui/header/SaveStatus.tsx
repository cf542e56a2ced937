import { useDesigner } from '../../store/use-designer';

function timeOf(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** Whether the design is kept in this browser; the reason when it is not. */
export function SaveStatus() {
  const status = useDesigner((s) => s.library.status);
  let text: string;
  let title: string | undefined;
  switch (status.kind) {
    case 'saved': {
      const at = status.at ? timeOf(status.at) : '';
      text = at ? `Saved in this browser at ${at}` : 'Saved in this browser';
      break;
    }
    case 'unsaved':
      text = 'Not saved yet';
      title = 'A new design is kept in this browser with its first change.';
      break;
    case 'pending':
      text = 'Saving\u2026';
      break;
    case 'failed':
      text = 'Not saved';
      title = status.reason;
      break;
    case 'off':
      text = 'Not saved: storage is off';
      title = status.reason;
      break;
  }
  const problem = status.kind === 'failed' || status.kind === 'off';
  return (
    <p className={`save-status${problem ? ' save-status-problem' : ''}`} role="status" aria-live="polite" title={title}>
      {text}
      {problem && <span className="visually-hidden">. {title}</span>}
    </p>
  );
}
