import { useDesigner } from '../../store/use-designer';
import type { TemplateFormat } from '../../core/io/parse-result';

const FORMATS: { value: TemplateFormat; label: string }[] = [
  { value: 'json', label: 'JSON' },
  { value: 'yaml', label: 'YAML' },
];

/** JSON or YAML: what the panel shows, copies and downloads. */
export function FormatSwitch() {
  const format = useDesigner((s) => s.format);
  const setFormat = useDesigner((s) => s.actions.setFormat);
  return (
    <div className="format-switch" role="radiogroup" aria-label="Template format">
      {FORMATS.map((f) => (
        <button key={f.value} type="button" role="radio" aria-checked={format === f.value} onClick={() => setFormat(f.value)}>
          {f.label}
        </button>
      ))}
    </div>
  );
}
