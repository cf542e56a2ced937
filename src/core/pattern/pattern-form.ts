import { isJsonObject, type Json, type JsonObject } from '../template/json';

/** The operators the form offers: one per condition, as the EventBridge console's pattern form does. */
export const FORM_OPERATORS = [
  'equals',
  'prefix',
  'suffix',
  'equals-ignore-case',
  'wildcard',
  'anything-but',
  'numeric',
  'exists',
  'cidr',
] as const;
export type FormOperator = (typeof FORM_OPERATORS)[number];

/** One field of the pattern: a dot-joined path (detail.state), an operator and its values as typed. */
export interface FieldCondition {
  path: string;
  operator: FormOperator;
  /** Strings for most operators; for numeric, comparisons such as ">= 0" and "< 100"; for exists, "true" or "false". */
  values: string[];
}

export interface PatternForm {
  source: string[];
  detailType: string[];
  conditions: FieldCondition[];
}

const STRING_OPERATORS = new Set<FormOperator>(['prefix', 'suffix', 'equals-ignore-case', 'wildcard', 'cidr']);

/** A value list as one condition, or undefined when the form cannot show it (mixed operators, numbers in an exact list...). */
function conditionOf(path: string, list: Json[]): FieldCondition | undefined {
  if (list.length === 0) return undefined;
  if (list.every((v) => typeof v === 'string')) return { path, operator: 'equals', values: list };
  if (!list.every((v) => isJsonObject(v) && Object.keys(v).length === 1)) return undefined;
  const ops = new Set(list.map((v) => Object.keys(v as JsonObject)[0]!));
  if (ops.size !== 1) return undefined;
  const op = [...ops][0] as FormOperator;
  const args = list.map((v) => (v as JsonObject)[op]!);
  if (STRING_OPERATORS.has(op) && args.every((a) => typeof a === 'string')) return { path, operator: op, values: args as string[] };
  if (list.length !== 1) return undefined;
  const arg = args[0]!;
  if (op === 'anything-but') {
    const values = Array.isArray(arg) ? arg : [arg];
    return values.length > 0 && values.every((v) => typeof v === 'string') ? { path, operator: op, values: values as string[] } : undefined;
  }
  if (op === 'exists' && typeof arg === 'boolean') return { path, operator: op, values: [String(arg)] };
  if (op === 'numeric' && Array.isArray(arg) && (arg.length === 2 || arg.length === 4)) {
    const values: string[] = [];
    for (let i = 0; i < arg.length; i += 2) {
      const [cmp, n] = [arg[i], arg[i + 1]];
      if (typeof cmp !== 'string' || typeof n !== 'number') return undefined;
      values.push(`${cmp} ${n}`);
    }
    return { path, operator: op, values };
  }
  return undefined;
}

/**
 * The pattern as the form shows it, or undefined when it holds what only JSON can say ($or, several
 * operators on one field, numbers or null as exact values, keys with dots...): then the form steps
 * aside and the JSON is edited directly.
 */
export function formOfPattern(pattern: Json | undefined): PatternForm | undefined {
  if (pattern === undefined) return { source: [], detailType: [], conditions: [] };
  if (!isJsonObject(pattern)) return undefined;
  const form: PatternForm = { source: [], detailType: [], conditions: [] };
  const walk = (object: JsonObject, prefix: string): boolean => {
    for (const [key, value] of Object.entries(object)) {
      if (key === '$or' || key.includes('.') || key === '') return false;
      const path = prefix ? `${prefix}.${key}` : key;
      if (isJsonObject(value)) {
        if (Object.keys(value).length === 0 || !walk(value, path)) return false;
        continue;
      }
      if (!Array.isArray(value)) return false;
      const condition = conditionOf(path, value);
      if (!condition) return false;
      if (path === 'source' && condition.operator === 'equals') form.source = condition.values;
      else if (path === 'detail-type' && condition.operator === 'equals') form.detailType = condition.values;
      else form.conditions.push(condition);
    }
    return true;
  };
  return walk(pattern, '') ? form : undefined;
}

/** Why a condition's values cannot be written as a pattern, or undefined. */
export function conditionProblem(c: FieldCondition): string | undefined {
  if (!/^[^.\s][^\s]*$/.test(c.path) || c.path.split('.').some((k) => k === '' || k === '$or'))
    return 'Name the field as a path, such as detail.state.';
  if (c.operator === 'exists') return c.values[0] === 'true' || c.values[0] === 'false' ? undefined : 'exists is true or false.';
  if (c.values.length === 0) return 'Give at least one value.';
  if (c.operator === 'numeric') {
    const parsed = c.values.map((v) => /^\s*(<=|>=|<|>|=)\s*(-?\d+(\.\d+)?([eE][-+]?\d+)?)\s*$/.exec(v));
    if (parsed.some((m) => !m) || parsed.length > 2) return 'Write one or two comparisons, such as ">= 0" or "> 0, <= 100".';
  }
  return undefined;
}

function matchersOf(c: FieldCondition): Json[] {
  switch (c.operator) {
    case 'equals':
      return c.values;
    case 'exists':
      return [{ exists: c.values[0] === 'true' }];
    case 'anything-but':
      return [{ 'anything-but': c.values.length === 1 ? c.values[0]! : c.values }];
    case 'numeric':
      return [
        {
          numeric: c.values.flatMap((v) => {
            const m = /^\s*(<=|>=|<|>|=)\s*(\S+)\s*$/.exec(v)!;
            return [m[1]!, Number(m[2])];
          }),
        },
      ];
    default:
      return c.values.map((v) => ({ [c.operator]: v }));
  }
}

function put(pattern: JsonObject, path: string, matchers: Json[]): void {
  const keys = path.split('.');
  let node = pattern;
  for (const key of keys.slice(0, -1)) {
    if (!isJsonObject(node[key])) node[key] = {};
    node = node[key] as JsonObject;
  }
  node[keys[keys.length - 1]!] = matchers;
}

/** The pattern the form describes: source, detail-type, then each condition at its path. */
export function patternOfForm(form: PatternForm): JsonObject {
  const pattern: JsonObject = {};
  if (form.source.length > 0) pattern.source = [...form.source];
  if (form.detailType.length > 0) pattern['detail-type'] = [...form.detailType];
  for (const c of form.conditions) put(pattern, c.path, matchersOf(c));
  return pattern;
}

/** Values typed in one box, comma-separated ("a, b" -> ["a", "b"]); a value with a comma or edge spaces is written in JSON quotes. */
export function splitValues(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (text[i] === ' ') i++;
    if (text[i] === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      try {
        out.push(JSON.parse(text.slice(i, j + 1)) as string);
      } catch {
        out.push(text.slice(i, j + 1));
      }
      i = j + 1;
      while (i < text.length && text[i] !== ',') i++;
    } else {
      const comma = text.indexOf(',', i);
      const end = comma < 0 ? text.length : comma;
      const token = text.slice(i, end).trim();
      if (token !== '') out.push(token);
      i = end;
    }
    i++;
  }
  return out;
}

/** The values as one editable text: the inverse of splitValues. */
export function joinValues(values: string[]): string {
  return values.map((v) => (/[,"]|^\s|\s$/.test(v) || v === '' ? JSON.stringify(v) : v)).join(', ');
}
