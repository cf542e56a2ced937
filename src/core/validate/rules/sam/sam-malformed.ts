import type { ValidationRule } from '../../types';
import { pointer } from '../../pointer';

/**
 * What the SAM transform would refuse, found while expanding the template (see src/core/sam): an
 * event without a Type, both State and Enabled on an EventBridgeRule event, a DeadLetterConfig with
 * neither Arn nor Type, a generated logical id the template already uses, ...
 */
export const samMalformed: ValidationRule = {
  id: 'SAM-01',
  severity: 'error',
  title: 'SAM sections are what the SAM transform accepts',
  why: 'The SAM transform runs before CloudFormation creates anything: a section it refuses fails the whole deployment ("Invalid Serverless Application Specification document").',
  source: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification.html',
  check({ sam }) {
    return (sam?.problems ?? [])
      .filter((p) => p.kind === 'malformed')
      .map((p) => ({ path: pointer(...p.path), ...(typeof p.path[1] === 'string' ? { resource: p.path[1] } : {}), message: p.message }));
  },
};
