import { specOf } from '../../../template/resource-specs';
import { pointer } from '../../pointer';
import { templateObjects } from '../../walk';
import type { Finding, ValidationRule } from '../../types';

export const getAttAttributes: ValidationRule = {
  id: 'CFN-09',
  severity: 'error',
  title: 'Fn::GetAtt reads an attribute the resource type has',
  why: 'CloudFormation refuses Fn::GetAtt of an attribute the type does not return ("Template error: resource X does not support attribute type Y in Fn::GetAtt").',
  source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-getatt.html',
  check(ctx) {
    const { resources } = ctx;
    const found: Finding[] = [];
    for (const { value, segments } of templateObjects(ctx)) {
      const att = value['Fn::GetAtt'];
      if (Object.keys(value).length !== 1 || att === undefined) continue;
      const [id, attribute] = Array.isArray(att)
        ? att
        : typeof att === 'string'
          ? [att.slice(0, att.indexOf('.')), att.slice(att.indexOf('.') + 1)]
          : [];
      if (typeof id !== 'string' || typeof attribute !== 'string') continue;
      const type = resources[id]?.Type;
      const spec = specOf(type);
      if (!spec || spec.attributes.includes(attribute)) continue;
      found.push({
        resource: segments[0] === 'Resources' && typeof segments[1] === 'string' ? segments[1] : undefined,
        path: pointer(...segments, 'Fn::GetAtt'),
        message: `${String(type)} has no attribute "${attribute}" for Fn::GetAtt; it has ${spec.attributes.length > 0 ? spec.attributes.join(', ') : 'none'}.`,
      });
    }
    return found;
  },
};
