import type { JsonObject } from '../../../template/json';
import { RESOURCE_TYPES, type LogicalId } from '../../../template/types';
import { targetServiceOf, type TargetService } from '../../../iam/target-service';
import { resourcePointer } from '../../pointer';
import { resourcesOfType, targetsWithIndex } from '../../resources-of-type';
import type { ValidationContext } from '../../types';

export type { TargetService };

export interface TargetFacts {
  ruleId: LogicalId;
  index: number;
  target: JsonObject;
  /** Pointer to the target in the template. */
  path: string;
  /** The service the target's Arn names (iam/target-service.ts says how). */
  service: TargetService;
  /** The logical id the Arn references, when it is a resource of this template. */
  resourceId?: LogicalId;
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
      ...targetServiceOf(ctx.template, target, ctx.assignments),
    })),
  );
}

/** How a target is named in messages: its Id, or its position. */
export function targetName(t: TargetFacts): string {
  return typeof t.target.Id === 'string' ? `"${t.target.Id}"` : `${t.index + 1}`;
}
