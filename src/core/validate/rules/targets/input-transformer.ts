import { isJsonObject } from '../../../template/json';
import { parsePath } from '../../../delivery/json-path';
import type { Finding, ValidationRule } from '../../types';
import { targetFacts, targetName } from '../permissions/target-facts';

const MAX_TEMPLATE = 8192;
const MAX_VARIABLES = 100;
// "These variables are reserved, and you can't create variables with these names" (eb-transform-target-input.html).
const RESERVED = new Set([
  'aws.events.rule-arn',
  'aws.events.rule-name',
  'aws.events.event',
  'aws.events.event.ingestion-time',
  'aws.events.event.json',
]);
const PLACEHOLDER = /<([A-Za-z0-9_.-]+)>/g;

export const inputTransformer: ValidationRule = {
  id: 'TGT-07',
  severity: 'error',
  title: 'An InputTransformer has a template and well-formed variables',
  why: 'InputTemplate is required (1 to 8,192 characters); InputPathsMap has at most 100 entries whose keys do not start with "AWS." and are not the reserved aws.events.* names, and whose values are JSON paths in dot notation. PutTargets refuses anything else.',
  source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-inputtransformer.html',
  check(ctx) {
    return targetFacts(ctx).flatMap((t): Finding[] => {
      const transformer = t.target.InputTransformer;
      if (transformer === undefined) return [];
      const path = `${t.path}/InputTransformer`;
      const where = `The InputTransformer of target ${targetName(t)} of ${t.ruleId}`;
      const base = { resource: t.ruleId, target: { rule: t.ruleId, index: t.index } };
      if (!isJsonObject(transformer))
        return [{ ...base, path, message: `${where} must be an object with InputTemplate and InputPathsMap.` }];
      const found: Finding[] = [];
      const template = transformer.InputTemplate;
      if (template === undefined) found.push({ ...base, path, message: `${where} has no InputTemplate, which is required.` });
      else if (typeof template === 'string' && (template.length === 0 || template.length > MAX_TEMPLATE))
        found.push({
          ...base,
          path: `${path}/InputTemplate`,
          message: `${where} has an InputTemplate of ${template.length} characters; it must have 1 to ${MAX_TEMPLATE}.`,
        });
      const map = transformer.InputPathsMap;
      if (map !== undefined && !isJsonObject(map))
        found.push({
          ...base,
          path: `${path}/InputPathsMap`,
          message: `${where}: InputPathsMap must be an object of variable names and JSON paths.`,
        });
      if (isJsonObject(map)) {
        const names = Object.keys(map);
        if (names.length > MAX_VARIABLES)
          found.push({
            ...base,
            path: `${path}/InputPathsMap`,
            message: `${where} defines ${names.length} variables; EventBridge allows at most ${MAX_VARIABLES}.`,
          });
        for (const name of names) {
          const at = `${path}/InputPathsMap/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
          const value = map[name];
          if (RESERVED.has(name) || /^aws\./i.test(name))
            found.push({
              ...base,
              path: at,
              message: `${where} defines <${name}>; names starting with "AWS." are reserved for EventBridge's own variables.`,
            });
          else if (typeof value === 'string' && !parsePath(value.trim(), false))
            found.push({
              ...base,
              path: at,
              message: `${where} maps <${name}> to "${value}", which is not a JSON path in dot notation such as $.detail.state (InputPathsMap takes no bracket notation).`,
            });
        }
        // A placeholder nobody defines is sent as written, which is rarely what was meant (inferred: the docs do not list it as an error).
        if (typeof template === 'string')
          for (const [, name] of template.matchAll(PLACEHOLDER))
            if (!RESERVED.has(name!) && !(name! in map) && /^[A-Za-z0-9_]+$/.test(name!))
              found.push({
                ...base,
                path: `${path}/InputTemplate`,
                message: `${where} uses <${name}> in InputTemplate, but InputPathsMap does not define it.`,
              });
      }
      return found;
    });
  },
};
