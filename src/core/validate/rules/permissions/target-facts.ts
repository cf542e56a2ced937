import type { JsonObject } from '../../../template/json';
import { referencedId } from '../../../template/intrinsics';
import { RESOURCE_TYPES, type LogicalId } from '../../../template/types';
import { resolveString } from '../../../resolve/resolve-value';
import { resourcePointer } from '../../pointer';
import { resourcesOfType, targetsWithIndex } from '../../resources-of-type';
import type { ValidationContext } from '../../types';

export type TargetService = 'lambda' | 'states' | 'other' | 'unknown';

export interface TargetFacts {
  ruleId: LogicalId;
  index: number;
  target: JsonObject;
  /** Pointer to the target in the template. */
  path: string;
  /** The service the target's Arn names. */
  service: TargetService;
  /** The logical id the Arn references, when it is a resource of this template. */
  resourceId?: LogicalId;
}

const SERVICE_OF_TYPE: Record<string, TargetService> = {
  [RESOURCE_TYPES.lambdaFunction]: 'lambda',
  'AWS::Lambda::Alias': 'lambda',
  'AWS::Lambda::Version': 'lambda',
  [RESOURCE_TYPES.stateMachine]: 'states',
};

function serviceOf(ctx: ValidationContext, target: JsonObject): { service: TargetService; resourceId?: LogicalId } {
  const id = referencedId(target.Arn);
  const type = id ? ctx.resources[id]?.Type : undefined;
  if (id && typeof type === 'string') return { service: SERVICE_OF_TYPE[type] ?? 'other', resourceId: id };
  const services = new Set(
    ctx.assignments.map((a) => {
      const arn = resolveString(ctx.template, target.Arn, a);
      return arn === undefined ? 'unknown' : (/^arn:[^:]+:([^:]+):/.exec(arn)?.[1] ?? 'unknown');
    }),
  );
  if (services.size !== 1) return { service: 'unknown' };
  const service = [...services][0]!;
  return { service: service === 'lambda' ? 'lambda' : service === 'states' ? 'states' : service === 'unknown' ? 'unknown' : 'other' };
}

/** Every target of every rule, with the service it names (computed once per run). */
export function targetFacts(ctx: ValidationContext): TargetFacts[] {
  return ctx.memo('target-facts', () => collectTargetFacts(ctx));
}

function collectTargetFacts(ctx: ValidationContext): TargetFacts[] {
  return resourcesOfType(ctx, RESOURCE_TYPES.rule).flatMap(([ruleId, , p]) =>
    targetsWithIndex(p).map(([index, target]) => ({
      ruleId,
      index,
      target,
      path: resourcePointer(ruleId, 'Properties', 'Targets', index),
      ...serviceOf(ctx, target),
    })),
  );
}

/** How a target is named in messages: its Id, or its position. */
export function targetName(t: TargetFacts): string {
  return typeof t.target.Id === 'string' ? `"${t.target.Id}"` : `${t.index + 1}`;
}
