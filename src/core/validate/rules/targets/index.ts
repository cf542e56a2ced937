import type { ValidationRule } from '../../types';
import { maxTargets } from './max-targets';

/** Rules about a rule's Targets (ids TGT-*). */
export const TARGET_RULES: readonly ValidationRule[] = [maxTargets];
