import { useDesigner } from '../../store/use-designer';

/** Shown when several elements are selected: how many, and what can be done with them at once. */
export function SelectionSummary() {
  const count = useDesigner((s) => s.selection.length);
  if (count < 2) return null;
  return (
    <p className="selection-summary" role="status">
      {count} elements selected. Delete or Backspace deletes them, Ctrl/Cmd+C copies them. Below: the last one chosen.
    </p>
  );
}
