import { SUB_VARIABLE } from '../../../template/intrinsics';
import { isJsonObject, type Json } from '../../../template/json';
import { pointer } from '../../pointer';
import { templateObjects } from '../../walk';
import { PSEUDO_PARAMETERS } from '../../intrinsic-names';
import { closest } from '../../closest';
import type { Finding, ValidationRule } from '../../types';

function sectionKeys(template: Record<string, Json>, section: string): string[] {
  const value = template[section];
  return isJsonObject(value) ? Object.keys(value) : [];
}

export const referencesExist: ValidationRule = {
  id: 'CFN-07',
  severity: 'error',
  title: 'References name resources and parameters that exist',
  why: 'CloudFormation refuses a template whose Ref, Fn::GetAtt or Fn::Sub names something it does not declare ("Unresolved resource dependencies").',
  source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-ref.html',
  check(ctx) {
    const { template } = ctx;
    const resources = sectionKeys(template, 'Resources');
    const names = new Set([...resources, ...sectionKeys(template, 'Parameters')]);
    const found: Finding[] = [];
    const report = (segments: (string | number)[], key: string, name: string, what: string) => {
      const guess = closest(name, [...names]);
      found.push({
        resource: segments[0] === 'Resources' && typeof segments[1] === 'string' ? segments[1] : undefined,
        path: pointer(...segments, key),
        message: `${what} names "${name}", which is neither a resource nor a parameter of this template${guess ? `; did you mean "${guess}"?` : '.'}`,
      });
    };
    for (const { value, segments } of templateObjects(ctx)) {
      if (Object.keys(value).length !== 1) continue;
      const ref = value.Ref;
      if (typeof ref === 'string' && !names.has(ref) && !PSEUDO_PARAMETERS.has(ref)) report(segments, 'Ref', ref, 'Ref');
      const att = value['Fn::GetAtt'];
      const attId = Array.isArray(att) ? att[0] : typeof att === 'string' ? att.split('.')[0] : undefined;
      if (typeof attId === 'string' && !resources.includes(attId)) report(segments, 'Fn::GetAtt', attId, 'Fn::GetAtt');
      const sub = value['Fn::Sub'];
      const text = Array.isArray(sub) ? sub[0] : sub;
      const vars = Array.isArray(sub) && isJsonObject(sub[1]) ? sub[1] : {};
      if (typeof text === 'string') {
        for (const m of text.matchAll(SUB_VARIABLE)) {
          const name = m[1]!;
          if (!names.has(name) && !PSEUDO_PARAMETERS.has(name) && !(name in vars))
            report(segments, 'Fn::Sub', name, `Fn::Sub variable \${${name}}`);
        }
      }
    }
    return found;
  },
};
