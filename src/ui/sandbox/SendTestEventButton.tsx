import { useDesigner } from '../../store/use-designer';
import { selectTestEvent } from '../../store/sandbox-selectors';

/** Sends the current test event to this bus: the canvas shows where it goes, the Test event tab why. */
export function SendTestEventButton({ busId }: { busId: string }) {
  const send = useDesigner((s) => s.actions.sendTestEvent);
  const ready = useDesigner((s) => selectTestEvent(s).event !== undefined);
  return (
    <div className="inspector-section">
      <button type="button" className="secondary" onClick={() => send(busId)}>
        Send test event
      </button>
      <p className="panel-hint">
        {ready
          ? 'Puts the event from the Test event tab on this bus and shows which rules match and which targets would be invoked.'
          : 'The event in the Test event tab is not valid JSON yet; mend it there first.'}
      </p>
    </div>
  );
}
