import type { ValidationRule } from '../../types';
import { samMalformed } from './sam-malformed';
import { samUnexpanded } from './sam-unexpanded';

/** Rules about SAM templates (ids SAM-*). */
export const SAM_RULES: readonly ValidationRule[] = [samMalformed, samUnexpanded];
