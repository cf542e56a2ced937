import { useDesigner } from '../../store/use-designer';
import { resourceOf } from '../../core/template/resources';
import { isJsonObject, type JsonObject } from '../../core/template/json';

const EMPTY: JsonObject = Object.freeze({}) as JsonObject;

/** The resource's Properties; the same object while the template does not change. */
export function useProperties(id: string): JsonObject {
  return useDesigner((s) => {
    const p = resourceOf(s.template, id)?.Properties;
    return isJsonObject(p) ? p : EMPTY;
  });
}

/** A property shown as text: strings as they are, intrinsics as their JSON. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
}
