import { isJsonObject, type Json, type JsonObject } from '../template/json';
import { propertiesOf, resourcesOf } from '../template/resources';
import type { LogicalId, Template } from '../template/types';
import { readPatternText } from '../pattern/read-pattern-text';
import type { PatternJson, PatternObject } from '../pattern/pattern-json';
import type { PatternProblem } from '../pattern/pattern-problem';
import { validatePattern } from '../pattern/validate-pattern';
import type { Assignment } from './assignments';
import { resolveString } from './resolve-value';

export type RulePattern =
  | { kind: 'none' }
  | {
      kind: 'pattern';
      pattern: PatternObject;
      /** Intrinsics whose value is only known once deployed. */ unresolved: string[];
      fromText: boolean;
    }
  | {
      kind: 'invalid';
      /** offset: where text that is not JSON breaks. */ problems: (PatternProblem & { offset?: number })[];
      fromText: boolean;
    }
  | { kind: 'unknown'; reason: string };

const isIntrinsic = (v: Json): v is JsonObject => isJsonObject(v) && Object.keys(v).length === 1 && /^(Ref|Fn::)/.test(Object.keys(v)[0]!);

/**
 * A pattern written in a template may hold intrinsic functions where values go, such as
 * "source": [{"Ref": "AppSource"}] or a bucket name from Fn::Sub; CloudFormation replaces them
 * before EventBridge sees the pattern. Each becomes the string it resolves to under the assignment,
 * or a stand-in string naming it when that is only known once deployed.
 */
class IntrinsicResolver {
  readonly unresolved: string[] = [];
  constructor(
    private readonly template?: Template,
    private readonly a?: Assignment,
  ) {}

  private string(value: JsonObject): string {
    const text = this.template && this.a ? resolveString(this.template, value, this.a) : undefined;
    if (text === undefined) this.unresolved.push(JSON.stringify(value));
    return text ?? `\${${JSON.stringify(value)}}`;
  }

  /** Inside a value list or an operator: an intrinsic is one string. */
  deep(value: Json): PatternJson {
    if (isIntrinsic(value)) return this.string(value);
    if (Array.isArray(value)) return value.map((v) => this.deep(v));
    if (isJsonObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.deep(v)]));
    return value;
  }

  /** A pattern object: fields, nested objects and $or branches; an intrinsic field value is a list. */
  object(value: JsonObject): PatternObject {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]): [string, PatternJson] => {
        if (isIntrinsic(v)) return [key, [this.string(v)]];
        if (key === '$or' && Array.isArray(v)) return [key, v.map((b) => (isJsonObject(b) ? this.object(b) : this.deep(b)))];
        if (isJsonObject(v)) return [key, this.object(v)];
        return [key, this.deep(v)];
      }),
    );
  }
}

/**
 * The event pattern of a rule as EventBridge will hold it. EventPattern is a JSON object or a string
 * of JSON (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-events-rule.html#cfn-events-rule-eventpattern).
 */
export function patternOfRule(template: Template, ruleId: LogicalId, a: Assignment): RulePattern {
  const raw = propertiesOf(resourcesOf(template)[ruleId]).EventPattern;
  if (raw === undefined) return { kind: 'none' };
  let text: string | undefined;
  if (typeof raw === 'string') text = raw;
  else if (isIntrinsic(raw)) {
    text = resolveString(template, raw, a);
    if (text === undefined) return { kind: 'unknown', reason: `The pattern is ${Object.keys(raw)[0]!}, known only once deployed.` };
  }
  if (text !== undefined) {
    const read = readPatternText(text);
    if (!read.pattern || read.problems.length > 0) return { kind: 'invalid', problems: read.problems, fromText: true };
    return { kind: 'pattern', pattern: read.pattern, unresolved: [], fromText: true };
  }
  if (!isJsonObject(raw)) return { kind: 'invalid', problems: validatePattern(raw), fromText: false };
  const resolver = new IntrinsicResolver(template, a);
  const pattern = resolver.object(raw);
  const problems = validatePattern(pattern);
  if (problems.length > 0) return { kind: 'invalid', problems, fromText: false };
  return { kind: 'pattern', pattern, unresolved: resolver.unresolved, fromText: false };
}

/**
 * Why EventBridge would refuse a pattern as written in a template, intrinsic functions standing in
 * as strings (CloudFormation replaces them before EventBridge reads the pattern).
 */
export function problemsOfTemplatePattern(pattern: Json): PatternProblem[] {
  if (!isJsonObject(pattern)) return validatePattern(pattern);
  return validatePattern(new IntrinsicResolver().object(pattern));
}
