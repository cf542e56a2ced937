import type { ValidationRule } from './types';
import { TARGET_RULES } from './rules/targets';

/** Every validation rule, in one registry: the page, the CLI and the docs all read this list. */
export const ALL_RULES: readonly ValidationRule[] = [...TARGET_RULES];
