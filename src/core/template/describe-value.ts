import { isJsonObject, type Json } from './json';

/** A value as a person reads it in a message: `my-name`, `Ref X`, `X.Arn`, or the Fn::Sub text. */
export function describeValue(value: Json | undefined): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return value;
  if (isJsonObject(value)) {
    if (typeof value.Ref === 'string') return `Ref ${value.Ref}`;
    const att = value['Fn::GetAtt'];
    if (Array.isArray(att)) return att.join('.');
    if (typeof att === 'string') return att;
    const sub = value['Fn::Sub'];
    if (typeof sub === 'string') return sub;
    if (Array.isArray(sub) && typeof sub[0] === 'string') return sub[0];
  }
  return JSON.stringify(value);
}
