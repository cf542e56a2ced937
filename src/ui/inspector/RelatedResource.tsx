import { useDesigner } from '../../store/use-designer';
import { TextField } from './TextField';
import { jsonText, parseJsonObject } from './json-field';
import { useProperties } from './use-resource';

/** A role or permission behind a connection, editable as JSON, deletable. */
export function RelatedResource({ id }: { id: string }) {
  const type = useDesigner((s) => {
    const r = (s.template.Resources as Record<string, { Type?: unknown }> | undefined)?.[id];
    return typeof r?.Type === 'string' ? r.Type : '';
  });
  const properties = useProperties(id);
  const { setProperties, remove } = useDesigner((s) => s.actions);
  return (
    <div className="related-resource">
      <p className="related-title">
        <strong>{id}</strong> <span className="resource-type">{type}</span>
      </p>
      <TextField
        label={`Properties of ${id}`}
        multiline
        value={jsonText(properties)}
        check={(v) => parseJsonObject(v).error}
        onCommit={(v) => {
          const parsed = parseJsonObject(v).value;
          if (parsed) setProperties(id, parsed);
        }}
        hint="JSON. Applied when you leave the field or press Ctrl+Enter."
      />
      <button type="button" className="danger" onClick={() => remove([id])}>
        Delete {id}
      </button>
    </div>
  );
}
