import { isJsonObject, type Json, type JsonObject } from '../../../template/json';
import { pointer } from '../../pointer';
import { templateObjects } from '../../walk';
import { INTRINSICS } from '../../intrinsic-names';
import type { Finding, ValidationRule } from '../../types';

const KNOWN = new Set<string>(INTRINSICS);
const normalise = (key: string) => key.replace(/[\s:]/g, '').toLowerCase();
const BY_NORMAL = new Map(INTRINSICS.map((name) => [normalise(name), name]));

const isString = (v: Json) => typeof v === 'string';
const isList = (v: Json, n?: number) => Array.isArray(v) && (n === undefined || v.length === n);

/** Why an intrinsic's argument has the wrong shape, or undefined. */
function shapeProblem(name: string, arg: Json): string | undefined {
  switch (name) {
    case 'Ref':
      return isString(arg) ? undefined : 'Ref takes the logical ID or parameter name as a string.';
    case 'Fn::GetAtt':
      return (isList(arg, 2) && isString((arg as Json[])[0]!)) || (isString(arg) && (arg as string).includes('.'))
        ? undefined
        : 'Fn::GetAtt takes [logicalId, attribute] (or "logicalId.attribute").';
    case 'Fn::Sub':
      return isString(arg) || (isList(arg, 2) && isString((arg as Json[])[0]!) && isJsonObject((arg as Json[])[1]))
        ? undefined
        : 'Fn::Sub takes a string, or [string, {variables}].';
    case 'Fn::Join':
      return isList(arg, 2) && isString((arg as Json[])[0]!) ? undefined : 'Fn::Join takes [delimiter, [values]].';
    case 'Fn::Select':
      return isList(arg, 2) ? undefined : 'Fn::Select takes [index, [values]].';
    case 'Fn::Split':
      return isList(arg, 2) && isString((arg as Json[])[0]!) ? undefined : 'Fn::Split takes [delimiter, string].';
    case 'Fn::If':
      return isList(arg, 3) && isString((arg as Json[])[0]!) ? undefined : 'Fn::If takes [conditionName, valueIfTrue, valueIfFalse].';
    case 'Fn::FindInMap':
      return isList(arg) && ((arg as Json[]).length === 3 || (arg as Json[]).length === 4)
        ? undefined
        : 'Fn::FindInMap takes [mapName, topLevelKey, secondLevelKey].';
    default:
      return undefined;
  }
}

export const intrinsicShape: ValidationRule = {
  id: 'CFN-18',
  severity: 'error',
  title: 'Intrinsic functions are spelt right and take the right arguments',
  why: 'A misspelt function such as "Fn: :GetAtt" (the seed article\'s) is passed on as a literal object, so CloudFormation or the service refuses the value; a wrong argument shape fails template validation.',
  source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html',
  check(ctx) {
    const found: Finding[] = [];
    for (const { value, segments } of templateObjects(ctx)) {
      const keys = Object.keys(value);
      if (keys.length !== 1) continue;
      const key = keys[0]!;
      const path = pointer(...segments, key);
      const resource = segments[0] === 'Resources' && typeof segments[1] === 'string' ? segments[1] : undefined;
      if (KNOWN.has(key)) {
        const problem = shapeProblem(key, value[key]!);
        if (problem) found.push({ resource, path, message: problem });
        continue;
      }
      const meant = /^fn\b|^ref$/i.test(key.replace(/\s/g, '')) ? BY_NORMAL.get(normalise(key)) : undefined;
      if (!meant) continue;
      found.push({
        resource,
        path,
        message: `"${key}" is not an intrinsic function; it reads as a plain key. Write "${meant}".`,
        fix: {
          title: `Rename "${key}" to "${meant}"`,
          apply: (t) => renameKeyAt(t, segments, key, meant),
        },
      });
    }
    return found;
  },
};

/** A copy of `value` where the object at `segments` has `from` renamed to `to`, key order kept. */
function renameKeyAt<T extends Json>(value: T, segments: (string | number)[], from: string, to: string): T {
  if (segments.length === 0) {
    if (!isJsonObject(value)) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k === from ? to : k, v])) as T;
  }
  const [head, ...rest] = segments;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? renameKeyAt(v, rest, from, to) : v)) as T;
  if (isJsonObject(value) && typeof head === 'string' && head in value) {
    const obj: JsonObject = value;
    return { ...obj, [head]: renameKeyAt(obj[head]!, rest, from, to) } as T;
  }
  return value;
}
