import { useDesigner } from '../../store/use-designer';

/** Whether the exported template keeps the canvas positions in its Metadata, so it re-opens as drawn. */
export function KeepLayoutToggle() {
  const keep = useDesigner((s) => s.keepLayout);
  const setKeep = useDesigner((s) => s.actions.setKeepLayout);
  return (
    <label className="keep-layout">
      <input type="checkbox" checked={keep} onChange={(e) => setKeep(e.target.checked)} />
      Keep layout in Metadata
    </label>
  );
}
