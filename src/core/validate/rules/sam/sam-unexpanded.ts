import type { ValidationRule } from '../../types';
import { pointer } from '../../pointer';

/**
 * What the designer does not model of SAM (policy templates other than the EventBridge-related
 * ones, AutoPublishAlias from an expression, ...): said once, so the user knows what was not checked.
 */
export const samUnexpanded: ValidationRule = {
  id: 'SAM-02',
  severity: 'info',
  title: 'SAM features the checks do not model are named',
  why: 'A check can only judge what it models; naming the rest keeps a clean result from claiming more than it checked.',
  source: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources.html',
  check({ sam }) {
    return (sam?.problems ?? [])
      .filter((p) => p.kind === 'unexpanded')
      .map((p) => ({ path: pointer(...p.path), ...(typeof p.path[1] === 'string' ? { resource: p.path[1] } : {}), message: p.message }));
  },
};
