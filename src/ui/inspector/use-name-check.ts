import type { NameCheck } from '../../core/template/names';
import { whyNameTaken } from '../../core/ops/name-taken';
import { useDesigner } from '../../store/use-designer';

/** A name field's check: the value must be one AWS accepts, and not already another resource's. */
export function useNameCheck(id: string, key: string, check: NameCheck): NameCheck {
  const template = useDesigner((s) => s.template);
  return (value) => check(value) ?? whyNameTaken(template, id, key, value);
}
