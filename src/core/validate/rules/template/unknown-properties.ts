import { specOf } from '../../../template/resource-specs';
import { propertiesOf } from '../../../template/resources';
import { resourcePointer } from '../../pointer';
import { closest } from '../../closest';
import type { ValidationRule } from '../../types';

export const unknownProperties: ValidationRule = {
  id: 'CFN-05',
  severity: 'error',
  title: 'Properties are ones the resource type has',
  why: 'CloudFormation refuses a property the type does not define ("Encountered unsupported property"); a misspelt name is the usual cause.',
  source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/troubleshooting.html',
  check({ resources }) {
    return Object.entries(resources).flatMap(([id, r]) => {
      const spec = specOf(r.Type);
      if (!spec) return [];
      return Object.keys(propertiesOf(r))
        .filter((key) => !spec.properties.includes(key))
        .map((key) => {
          const guess = closest(key, spec.properties);
          return {
            resource: id,
            path: resourcePointer(id, 'Properties', key),
            message: `${String(r.Type)} has no property "${key}"${guess ? `; did you mean "${guess}"?` : '.'}`,
          };
        });
    });
  },
};
