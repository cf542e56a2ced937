import { setTargetProperty } from '../../../ops/set-target-property';
import { targetsOf } from '../../../ops/targets';
import type { Template } from '../../../template/types';
import { isJsonObject } from '../../../template/json';
import type { Finding, ValidationRule } from '../../types';
import { targetFacts, targetName } from '../permissions/target-facts';

const LIMITS = {
  MaximumRetryAttempts: { min: 0, max: 185, unit: 'attempts' },
  MaximumEventAgeInSeconds: { min: 60, max: 86400, unit: 'seconds' },
} as const;

export const retryPolicy: ValidationRule = {
  id: 'TGT-08',
  severity: 'error',
  title: 'A retry policy keeps to 0-185 attempts and 60-86,400 seconds',
  why: 'RetryPolicy.MaximumRetryAttempts is an integer from 0 to 185 and MaximumEventAgeInSeconds an integer from 60 to 86,400 (24 hours, the default); PutTargets refuses other values.',
  source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-retrypolicy.html',
  check(ctx) {
    return targetFacts(ctx).flatMap((t): Finding[] => {
      const policy = t.target.RetryPolicy;
      if (!isJsonObject(policy)) return [];
      return (Object.keys(LIMITS) as (keyof typeof LIMITS)[]).flatMap((key): Finding[] => {
        const value = policy[key];
        if (typeof value !== 'number') return [];
        const { min, max, unit } = LIMITS[key];
        if (Number.isInteger(value) && value >= min && value <= max) return [];
        return [
          {
            resource: t.ruleId,
            path: `${t.path}/RetryPolicy/${key}`,
            target: { rule: t.ruleId, index: t.index },
            message: `${key} of target ${targetName(t)} of ${t.ruleId} is ${value}; it must be a whole number of ${unit} from ${min} to ${max}.`,
            fix: {
              title: `Use ${Math.min(max, Math.max(min, Math.round(value)))}`,
              apply: (template) => clamp(template, t.ruleId, t.index, key, Math.min(max, Math.max(min, Math.round(value)))),
            },
          },
        ];
      });
    });
  },
};

function clamp(template: Template, ruleId: string, index: number, key: string, value: number): Template {
  const policy = targetsOf(template, ruleId)[index]?.RetryPolicy;
  return setTargetProperty(template, ruleId, index, 'RetryPolicy', { ...(isJsonObject(policy) ? policy : {}), [key]: value });
}
