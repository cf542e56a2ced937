import type { DesignNode } from '../../core/graph/types';
import { useDesigner } from '../../store/use-designer';
import { ResourceHeader } from './ResourceHeader';
import { TextField } from './TextField';
import { jsonText, parseJsonObject } from './json-field';
import { useProperties } from './use-resource';

/** Any resource without a form of its own (roles, permissions, other types): its Properties as JSON. */
export function GenericInspector({ node }: { node: DesignNode }) {
  const id = node.logicalId!;
  const properties = useProperties(id);
  const setProperties = useDesigner((s) => s.actions.setProperties);
  return (
    <div className="inspector-body">
      <ResourceHeader id={id} type={node.type ?? ''} />
      <TextField
        label="Properties (JSON)"
        multiline
        value={jsonText(properties)}
        check={(v) => parseJsonObject(v).error}
        onCommit={(v) => {
          const parsed = parseJsonObject(v).value;
          if (parsed) setProperties(id, parsed);
        }}
        hint="Applied when you leave the field or press Ctrl+Enter."
      />
    </div>
  );
}
