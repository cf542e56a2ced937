import type { ValidationRule } from '../../types';
import { maxTargets } from './max-targets';
import { inputExclusive } from './input-exclusive';
import { inputLimits } from './input-limits';
import { inputTransformer } from './input-transformer';
import { retryPolicy } from './retry-policy';

/** Rules about a rule's Targets and their delivery settings (ids TGT-*). */
export const TARGET_RULES: readonly ValidationRule[] = [maxTargets, inputExclusive, inputLimits, inputTransformer, retryPolicy];
