import { useDesigner } from '../../store/use-designer';
import { resourceOf } from '../../core/template/resources';
import { PropertiesJsonField } from './PropertiesJsonField';

/** A role or permission behind a connection, editable as JSON, deletable. */
export function RelatedResource({ id }: { id: string }) {
  const type = useDesigner((s) => resourceOf(s.template, id)?.Type ?? '');
  const remove = useDesigner((s) => s.actions.remove);
  return (
    <div className="related-resource">
      <p className="related-title">
        <strong>{id}</strong> <span className="resource-type">{type}</span>
      </p>
      <PropertiesJsonField id={id} label={`Properties of ${id}`} />
      <button type="button" className="danger" onClick={() => remove([id])}>
        Delete {id}
      </button>
    </div>
  );
}
