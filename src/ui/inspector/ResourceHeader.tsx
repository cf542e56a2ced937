import { useDesigner } from '../../store/use-designer';
import { whyCannotRename } from '../../core/ops/rename-logical-id';
import { TextField } from './TextField';

/** Type, logical id (renaming rewrites every reference) and delete, for any resource. */
export function ResourceHeader({ id, type }: { id: string; type: string }) {
  const template = useDesigner((s) => s.template);
  const { rename, remove } = useDesigner((s) => s.actions);
  return (
    <>
      <p className="resource-type">{type}</p>
      <TextField
        label="Logical ID"
        value={id}
        check={(v) => whyCannotRename(template, id, v)}
        onCommit={(v) => rename(id, v)}
        hint="Renaming rewrites every Ref, GetAtt and Sub that names it."
      />
      <button type="button" className="danger" onClick={() => remove([id])}>
        Delete resource
      </button>
    </>
  );
}
