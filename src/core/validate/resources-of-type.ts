import { isJsonObject, type JsonObject } from '../template/json';
import { propertiesOf } from '../template/resources';
import type { LogicalId } from '../template/types';
import type { ValidationContext } from './types';

/** [logical id, resource, Properties] of every resource of one type. */
export function resourcesOfType(ctx: ValidationContext, type: string): [LogicalId, JsonObject, JsonObject][] {
  return Object.entries(ctx.resources)
    .filter(([, r]) => r.Type === type)
    .map(([id, r]) => [id, r, propertiesOf(r)]);
}

/** An entry that is one intrinsic function (Fn::If, Ref, ...): its value is known only once deployed. */
function isIntrinsic(value: JsonObject): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'));
}

/**
 * The rule's Targets that are objects, with their index in the list. An entry chosen by an intrinsic
 * function (`- Fn::If: [Cond, {target}, AWS::NoValue]`) is not a target the checks can read.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-conditions.html#intrinsic-function-reference-conditions-if
 */
export function targetsWithIndex(properties: JsonObject): [number, JsonObject][] {
  const targets = properties.Targets;
  if (!Array.isArray(targets)) return [];
  return targets.flatMap((t, i) => (isJsonObject(t) && !isIntrinsic(t) ? [[i, t] as [number, JsonObject]] : []));
}
