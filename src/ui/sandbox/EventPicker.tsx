import { useId } from 'react';
import { useDesigner } from '../../store/use-designer';
import { selectEventChoices } from '../../store/sandbox-selectors';

/** Fills the event box with a sample or with an event built to match one of the design's rules. */
export function EventPicker() {
  const choices = useDesigner(selectEventChoices);
  const setText = useDesigner((s) => s.actions.setTestEventText);
  const id = useId();
  return (
    <div className="sandbox-field">
      <label htmlFor={id}>Start from</label>
      <select
        id={id}
        value=""
        onChange={(e) => {
          const choice = choices.find((c) => c.id === e.target.value);
          if (choice) setText(choice.text);
        }}
      >
        <option value="">Choose a sample event…</option>
        <optgroup label="AWS and the article">
          {choices
            .filter((c) => !c.id.startsWith('rule:'))
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
        </optgroup>
        <optgroup label="Built from this design's rules">
          {choices
            .filter((c) => c.id.startsWith('rule:'))
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
        </optgroup>
      </select>
    </div>
  );
}
