import { specOf } from '../../../template/resource-specs';
import { propertiesOf } from '../../../template/resources';
import { resourcePointer } from '../../pointer';
import type { ValidationRule } from '../../types';

export const requiredProperties: ValidationRule = {
  id: 'CFN-04',
  severity: 'error',
  title: 'Required properties are present',
  why: 'CloudFormation refuses a resource without its required properties ("required key [...] not found"), e.g. a role without AssumeRolePolicyDocument.',
  source: 'https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-schema.html',
  check({ resources }) {
    return Object.entries(resources).flatMap(([id, r]) => {
      const spec = specOf(r.Type);
      if (!spec) return [];
      const p = propertiesOf(r);
      return spec.required
        .filter((key) => p[key] === undefined)
        .map((key) => ({
          resource: id,
          path: resourcePointer(id, 'Properties'),
          message: `${id} (${String(r.Type)}) is missing its required property ${key}.`,
        }));
    });
  },
};
