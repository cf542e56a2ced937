import type { ValidationRule } from '../../types';
import { templateShape } from './template-shape';
import { logicalIds } from './logical-ids';
import { resourceStructure } from './resource-structure';
import { requiredProperties } from './required-properties';
import { unknownProperties } from './unknown-properties';
import { referencesExist } from './references-exist';
import { getAttAttributes } from './getatt-attributes';
import { noCycles } from './no-cycles';
import { intrinsicShape } from './intrinsic-shape';

/** Rules about the template's structure (ids CFN-*). */
export const TEMPLATE_RULES: readonly ValidationRule[] = [
  templateShape,
  logicalIds,
  resourceStructure,
  requiredProperties,
  unknownProperties,
  referencesExist,
  getAttAttributes,
  noCycles,
  intrinsicShape,
];
