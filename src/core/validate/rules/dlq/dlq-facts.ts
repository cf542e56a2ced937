import { isJsonObject } from '../../../template/json';
import { referencedId } from '../../../template/intrinsics';
import type { LogicalId } from '../../../template/types';
import type { ValidationContext } from '../../types';
import { targetFacts, type TargetFacts } from '../permissions/target-facts';

export interface DlqFacts extends TargetFacts {
  /** The queue DeadLetterConfig.Arn names, when it is an AWS::SQS::Queue of this template. */
  queueId?: LogicalId;
}

/** The targets with a DeadLetterConfig, and the queue of this template it points at. */
export function dlqFacts(ctx: ValidationContext): DlqFacts[] {
  return targetFacts(ctx).flatMap((t) => {
    const config = t.target.DeadLetterConfig;
    if (!isJsonObject(config)) return [];
    const id = referencedId(config.Arn);
    return [{ ...t, ...(id && ctx.resources[id]?.Type === 'AWS::SQS::Queue' ? { queueId: id } : {}) }];
  });
}
