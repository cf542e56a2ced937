import type { DesignNode } from '../../core/graph/types';
import { ResourceHeader } from './ResourceHeader';
import { PropertiesJsonField } from './PropertiesJsonField';

/** Any resource without a form of its own (roles, permissions, other types): its Properties as JSON. */
export function GenericInspector({ node }: { node: DesignNode }) {
  const id = node.logicalId!;
  return (
    <div className="inspector-body">
      <ResourceHeader id={id} type={node.type ?? ''} />
      <PropertiesJsonField id={id} label="Properties (JSON)" />
    </div>
  );
}
