import { useDesigner } from '../../store/use-designer';
import { TextField } from './TextField';
import { jsonText, parseJsonObject } from './json-field';
import { useProperties } from './use-resource';

/** A resource's whole Properties as JSON: refused while it does not parse, applied as one edit. */
export function PropertiesJsonField({ id, label }: { id: string; label: string }) {
  const properties = useProperties(id);
  const setProperties = useDesigner((s) => s.actions.setProperties);
  return (
    <TextField
      label={label}
      multiline
      value={jsonText(properties)}
      check={(v) => parseJsonObject(v).error}
      onCommit={(v) => {
        const parsed = parseJsonObject(v).value;
        if (parsed) setProperties(id, parsed);
      }}
      hint="JSON. Applied when you leave the field or press Ctrl+Enter."
    />
  );
}
