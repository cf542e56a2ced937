import { isJsonObject, type Json, type JsonObject } from './json';
import type { LogicalId } from './types';

/** `{"Ref": id}`: CloudFormation's reference to a resource or parameter. */
export function ref(id: LogicalId): JsonObject {
  return { Ref: id };
}

/** `{"Fn::GetAtt": [id, attribute]}`. */
export function getAtt(id: LogicalId, attribute: string): JsonObject {
  return { 'Fn::GetAtt': [id, attribute] };
}

/** `{"Fn::Sub": text}`. */
export function sub(text: string): JsonObject {
  return { 'Fn::Sub': text };
}

// ${Name} or ${Name.Attr} in Fn::Sub; ${!Literal} is an escape and names nothing.
export const SUB_VARIABLE = /\$\{(?!!)([^}.]+)(\.[^}]*)?\}/g;

/** The logical id a value points at through Ref or GetAtt (either form), if it is one. */
export function referencedId(value: Json | undefined): LogicalId | undefined {
  if (!isJsonObject(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  if (typeof value.Ref === 'string') return value.Ref;
  const att = value['Fn::GetAtt'];
  if (Array.isArray(att) && typeof att[0] === 'string') return att[0];
  if (typeof att === 'string') return att.split('.')[0];
  return undefined;
}

/** Every logical id that `value` refers to: Ref, Fn::GetAtt, Fn::Sub variables, anywhere inside. */
export function referencedIds(value: Json | undefined, into: Set<LogicalId> = new Set()): Set<LogicalId> {
  const stack: (Json | undefined)[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      stack.push(...v);
    } else if (isJsonObject(v)) {
      const direct = referencedId(v);
      if (direct !== undefined) into.add(direct);
      const subValue = v['Fn::Sub'];
      const text = Array.isArray(subValue) ? subValue[0] : subValue;
      if (typeof text === 'string') for (const m of text.matchAll(SUB_VARIABLE)) into.add(m[1] as string);
      stack.push(...Object.values(v));
    }
  }
  return into;
}

/** True when `value` mentions `id` through any reference form. */
export function refersTo(value: Json | undefined, id: LogicalId): boolean {
  return referencedIds(value).has(id);
}

/** A copy of `value` with every reference to `from` pointing at `to` instead. */
export function renameReferences(value: Json, from: LogicalId, to: LogicalId): Json {
  if (Array.isArray(value)) return value.map((v) => renameReferences(v, from, to));
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'Ref' && v === from) out[key] = to;
    else if (key === 'Fn::GetAtt' && Array.isArray(v) && v[0] === from) out[key] = [to, ...v.slice(1)];
    else if (key === 'Fn::GetAtt' && typeof v === 'string' && v.split('.')[0] === from) out[key] = to + v.slice(from.length);
    else if (key === 'Fn::Sub') out[key] = renameInSub(v, from, to);
    else out[key] = renameReferences(v, from, to);
  }
  return out;
}

function renameInSub(value: Json, from: LogicalId, to: LogicalId): Json {
  const rename = (text: string) =>
    text.replace(SUB_VARIABLE, (whole, name: string, attr: string | undefined) => (name === from ? `\${${to}${attr ?? ''}}` : whole));
  if (typeof value === 'string') return rename(value);
  if (Array.isArray(value) && typeof value[0] === 'string') {
    // Variables defined in the second argument shadow resources of the same name.
    const vars = isJsonObject(value[1]) ? value[1] : {};
    const text = from in vars ? value[0] : rename(value[0]);
    return [text, ...value.slice(1).map((v) => renameReferences(v, from, to))];
  }
  return renameReferences(value, from, to);
}
