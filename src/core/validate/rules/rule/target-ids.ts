import { isJsonObject, type Json, type JsonObject } from '../../../template/json';
import { checkTargetId } from '../../../template/names';
import { RESOURCE_TYPES } from '../../../template/types';
import { resolveString } from '../../../resolve/resolve-value';
import { resourcePointer } from '../../pointer';
import { resourcesOfType, targetsWithIndex } from '../../resources-of-type';
import type { Finding, ValidationContext, ValidationRule } from '../../types';

/**
 * The Id a target gets once deployed: a string as written, or what Ref, Fn::Sub, Fn::GetAtt, ...
 * give (CloudFormation resolves intrinsic functions in any property before calling PutTargets).
 * Undefined when it depends on the deployment (a parameter, a generated name, the stack name):
 * then it cannot be judged here.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */
function deployedId(ctx: ValidationContext, value: Json): string | undefined {
  if (typeof value === 'string') return value;
  let seen: string | undefined;
  for (const a of ctx.assignments) {
    const text = resolveString(ctx.template, value, a);
    if (text === undefined || (seen !== undefined && seen !== text)) return undefined;
    seen = text;
  }
  return seen;
}

/** One intrinsic function: `{ "Ref": ... }` or `{ "Fn::...": ... }`. */
const isIntrinsic = (value: JsonObject) => {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'));
};

export const targetIds: ValidationRule = {
  id: 'TGT-13',
  severity: 'error',
  title: 'Target IDs are valid and unique within a rule',
  why: 'PutTargets refuses a target without an Id, an Id outside [.-_A-Za-z0-9]{1,64}, or two targets of one rule with the same Id.',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html',
  check(ctx) {
    return resourcesOfType(ctx, RESOURCE_TYPES.rule).flatMap(([id, , p]) => {
      const seen = new Set<string>();
      const found: Finding[] = [];
      for (const [i, t] of targetsWithIndex(p)) {
        const path = resourcePointer(id, 'Properties', 'Targets', i, 'Id');
        if (
          t.Id === undefined ||
          t.Id === null ||
          typeof t.Id === 'boolean' ||
          Array.isArray(t.Id) ||
          (isJsonObject(t.Id) && !isIntrinsic(t.Id))
        ) {
          found.push({
            resource: id,
            path: resourcePointer(id, 'Properties', 'Targets', i),
            message: `Target ${i + 1} of ${id} has no Id.`,
          });
          continue;
        }
        const value = deployedId(ctx, t.Id);
        // Written with an intrinsic function the two Ids are the same when written alike.
        const key = value ?? JSON.stringify(t.Id);
        const why = value === undefined ? undefined : checkTargetId(value);
        if (why) found.push({ resource: id, path, message: `Target ID "${value}": ${why}` });
        else if (seen.has(key))
          found.push({
            resource: id,
            path,
            message: `Two targets of ${id} have the ID ${value !== undefined ? `"${value}"` : key}; target IDs must be unique within a rule.`,
          });
        seen.add(key);
      }
      return found;
    });
  },
};
