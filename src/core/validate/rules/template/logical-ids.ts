import { isJsonObject } from '../../../template/json';
import { checkLogicalId } from '../../../template/names';
import { resourcePointer } from '../../pointer';
import type { ValidationRule } from '../../types';

export const logicalIds: ValidationRule = {
  id: 'CFN-02',
  severity: 'error',
  title: 'Logical IDs are alphanumeric',
  why: 'CloudFormation refuses a template whose logical IDs contain anything but A-Z, a-z and 0-9, or are longer than 255 characters.',
  source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html',
  check({ template }) {
    const resources = template.Resources;
    if (!isJsonObject(resources)) return [];
    return Object.keys(resources).flatMap((id) => {
      const why = checkLogicalId(id);
      return why ? [{ resource: id, path: resourcePointer(id), message: `"${id}": ${why}` }] : [];
    });
  },
};
