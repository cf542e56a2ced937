import type { Finding, ValidationRule } from '../../types';
import { targetFacts, targetName } from '../permissions/target-facts';

const KINDS = ['Input', 'InputPath', 'InputTransformer'] as const;

export const inputExclusive: ValidationRule = {
  id: 'TGT-05',
  severity: 'error',
  title: 'A target sets at most one of Input, InputPath and InputTransformer',
  // PutTargets answers 400 "Only one of Input, InputPath, or InputTransformer must be provided"
  // (seen by duplocloud/terraform-provider-duplocloud#1505, which sent two).
  why: 'The three are mutually exclusive: PutTargets refuses a target that sets more than one, so the stack fails to create or update the rule.',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html',
  check(ctx) {
    return targetFacts(ctx).flatMap((t): Finding[] => {
      const set = KINDS.filter((k) => t.target[k] !== undefined);
      if (set.length < 2) return [];
      return [
        {
          resource: t.ruleId,
          path: t.path,
          target: { rule: t.ruleId, index: t.index },
          message: `Target ${targetName(t)} of ${t.ruleId} sets ${set.join(' and ')}; a target takes at most one of Input, InputPath and InputTransformer.`,
        },
      ];
    });
  },
};
