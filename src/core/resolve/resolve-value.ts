import { isJsonObject, type Json } from '../template/json';
import type { Template } from '../template/types';
import type { Assignment } from './assignments';
import { attributeOf, refOf } from './return-values';

const MAX_DEPTH = 40;

function pseudo(name: string, a: Assignment): string | undefined {
  switch (name) {
    case 'AWS::Partition':
      return a.partition;
    case 'AWS::Region':
      return a.region;
    case 'AWS::AccountId':
      return a.account;
    case 'AWS::StackName':
      return a.stackName;
    case 'AWS::URLSuffix':
      return a.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
    case 'AWS::StackId':
      return `arn:${a.partition}:cloudformation:${a.region}:${a.account}:stack/${a.stackName}/id-${a.tag}`;
    default:
      return undefined;
  }
}

/** What `Ref name` gives: a pseudo parameter, a parameter's value, or a resource's return value. */
export function resolveRef(template: Template, name: string, a: Assignment, depth: number): string | undefined {
  if (name.startsWith('AWS::')) return pseudo(name, a);
  if (name in a.parameters) return a.parameters[name];
  return refOf(template, name, a, depth + 1);
}

function resolveSub(template: Template, text: string, vars: Record<string, Json>, a: Assignment, depth: number): string | undefined {
  let failed = false;
  const out = text.replace(/\$\{([^}]*)\}/g, (_, inner: string) => {
    if (inner.startsWith('!')) return `\${${inner.slice(1)}}`;
    if (inner in vars) {
      const v = resolveString(template, vars[inner]!, a, depth + 1);
      if (v === undefined) failed = true;
      return v ?? '';
    }
    const dot = inner.indexOf('.');
    const v =
      dot > 0 && !inner.startsWith('AWS::')
        ? attributeOf(template, inner.slice(0, dot), inner.slice(dot + 1), a, depth + 1)
        : resolveRef(template, inner, a, depth);
    if (v === undefined) failed = true;
    return v ?? '';
  });
  return failed ? undefined : out;
}

/** A list value: a literal list, or Fn::Split of a resolvable string. */
function resolveList(template: Template, value: Json, a: Assignment, depth: number): string[] | undefined {
  if (Array.isArray(value)) {
    const items = value.map((v) => resolveString(template, v, a, depth + 1));
    return items.every((x) => x !== undefined) ? (items as string[]) : undefined;
  }
  if (isJsonObject(value) && Array.isArray(value['Fn::Split'])) {
    const [delimiter, source] = value['Fn::Split'];
    const text = source === undefined ? undefined : resolveString(template, source, a, depth + 1);
    return typeof delimiter === 'string' && text !== undefined ? text.split(delimiter) : undefined;
  }
  return undefined;
}

/**
 * The string a CloudFormation value becomes once deployed under one assignment, or undefined when
 * that cannot be known from the template (Fn::If, Fn::ImportValue, Fn::FindInMap, malformed
 * intrinsics, reference cycles). Never throws.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */
export function resolveString(template: Template, value: Json | undefined, a: Assignment, depth = 0): string | undefined {
  if (depth > MAX_DEPTH || value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (!isJsonObject(value) || Object.keys(value).length !== 1) return undefined;
  if (typeof value.Ref === 'string') return resolveRef(template, value.Ref, a, depth);
  const att = value['Fn::GetAtt'];
  if (att !== undefined) {
    const [id, name] = Array.isArray(att)
      ? att
      : typeof att === 'string'
        ? [att.slice(0, att.indexOf('.')), att.slice(att.indexOf('.') + 1)]
        : [];
    return typeof id === 'string' && typeof name === 'string' ? attributeOf(template, id, name, a, depth + 1) : undefined;
  }
  const sub = value['Fn::Sub'];
  if (typeof sub === 'string') return resolveSub(template, sub, {}, a, depth);
  if (Array.isArray(sub) && typeof sub[0] === 'string' && isJsonObject(sub[1])) return resolveSub(template, sub[0], sub[1], a, depth);
  const join = value['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && join[1] !== undefined)
    return resolveList(template, join[1], a, depth)?.join(join[0]);
  const select = value['Fn::Select'];
  if (Array.isArray(select) && select[1] !== undefined) {
    const index = Number(resolveString(template, select[0], a, depth + 1));
    return Number.isInteger(index) ? resolveList(template, select[1], a, depth)?.[index] : undefined;
  }
  return undefined;
}
