import type { DesignNode } from '../../core/graph/types';
import { useDesigner } from '../../store/use-designer';
import { selectExpandedTemplate } from '../../store/selectors';
import { resourceOf } from '../../core/template/resources';
import { SamOrigin } from './SamOrigin';

/**
 * A resource SAM generates (a rule for a function's event, its permission, a role): shown as SAM
 * will deploy it, read-only, with the way to the SAM resource where it is changed.
 */
export function SamGeneratedInspector({ node }: { node: DesignNode & { sam: NonNullable<DesignNode['sam']> } }) {
  const resource = useDesigner((s) => resourceOf(selectExpandedTemplate(s), node.id));
  const { sam } = node;
  return (
    <div className="inspector-body">
      <p className="resource-type">{node.type}</p>
      <SamOrigin sam={sam} what="Change it there: SAM writes this resource when the stack deploys." />
      <p className="field-label">Logical ID</p>
      <p>
        <code>{node.id}</code>
      </p>
      <p className="field-label">As SAM deploys it</p>
      <pre className="generated-json" aria-label={`${node.id} as SAM deploys it`} tabIndex={0}>
        {JSON.stringify(resource ?? {}, null, 2)}
      </pre>
    </div>
  );
}
