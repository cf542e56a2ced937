import type { ValidationRule } from './types';
import { TEMPLATE_RULES } from './rules/template';
import { RULE_RULES } from './rules/rule';
import { TARGET_RULES } from './rules/targets';
import { PERMISSION_RULES } from './rules/permissions';
import { DLQ_RULES } from './rules/dlq';
import { SERVICE_RULES } from './rules/services';
import { SAM_RULES } from './rules/sam';

/** Every validation rule, in one registry: the page, the CLI and the docs all read this list. */
export const ALL_RULES: readonly ValidationRule[] = [
  ...TEMPLATE_RULES,
  ...SAM_RULES,
  ...RULE_RULES,
  ...TARGET_RULES,
  ...PERMISSION_RULES,
  ...SERVICE_RULES,
  ...DLQ_RULES,
];
