import { isJsonObject, type JsonObject } from '../../../template/json';
import { resourcesOf } from '../../../template/resources';
import { resourcePointer } from '../../pointer';
import type { Finding, Fix, ValidationRule } from '../../types';
import { specOf } from '../../../template/resource-specs';

// The keys a resource entry may have; everything else belongs inside Properties.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html
// Description is a resource attribute too, though that page omits it: CloudFormation keeps it as the
// resource's "user defined description" (StackResource.Description,
// https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_StackResource.html), and the
// CDK writes it from CfnResource.cfnOptions.description
// (https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.ICfnResourceOptions.html).
const RESOURCE_KEYS = new Set([
  'Type',
  'Properties',
  'DependsOn',
  'Condition',
  'Metadata',
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'CreationPolicy',
  'UpdatePolicy',
  'Description',
]);

// Custom resources also take a Version attribute: the CloudFormation User Guide's syntax for
// AWS::CloudFormation::CustomResource read { "Type": ..., "Version": "1.0", "Properties": ... }
// (http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cfn-customresource.html),
// the CDK writes it from cfnOptions.version, and cfn-lint's resource schema allows it on
// AWS::CloudFormation::CustomResource and Custom::* only (src/cfnlint/data/schemas/other/resources/configuration.json).
const isCustomResource = (type: string) => type === 'AWS::CloudFormation::CustomResource' || type.startsWith('Custom::');

function moveIntoProperties(id: string, key: string): Fix {
  return {
    title: `Move ${key} into Properties`,
    apply(template) {
      const resource = resourcesOf(template)[id];
      if (!resource || !(key in resource)) return template;
      const { [key]: value, ...rest } = resource;
      const properties = isJsonObject(rest.Properties) ? rest.Properties : {};
      const moved: JsonObject = { ...rest, Properties: { ...properties, [key]: value as JsonObject } };
      return { ...template, Resources: { ...resourcesOf(template), [id]: moved } };
    },
  };
}

export const resourceStructure: ValidationRule = {
  id: 'CFN-03',
  severity: 'error',
  title: 'Resources have a Type, and properties sit inside Properties',
  why: 'CloudFormation rejects a resource without a Type and any key beside Type and Properties that is not a resource attribute (DependsOn, Condition, Metadata, Description, the policies; Version on a custom resource): "Invalid template resource property". The seed article put AssumeRolePolicyDocument there.',
  source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html',
  check({ template }) {
    const resources = template.Resources;
    if (!isJsonObject(resources)) return [];
    const found: Finding[] = [];
    for (const [id, r] of Object.entries(resources)) {
      if (!isJsonObject(r)) {
        found.push({ resource: id, path: resourcePointer(id), message: `Resource ${id} must be an object with a "Type".` });
        continue;
      }
      if (typeof r.Type !== 'string' || r.Type === '') {
        found.push(strayPropertyOrMissingType(resources, id));
        continue;
      }
      if (r.Properties !== undefined && !isJsonObject(r.Properties))
        found.push({ resource: id, path: resourcePointer(id, 'Properties'), message: `"Properties" of ${id} must be an object.` });
      for (const key of Object.keys(r)) {
        if (RESOURCE_KEYS.has(key) || (key === 'Version' && isCustomResource(r.Type))) continue;
        found.push({
          resource: id,
          path: resourcePointer(id, key),
          message: `"${key}" stands beside Type and Properties in ${id}; CloudFormation refuses it ("Invalid template resource property '${key}'"). Properties of a resource go inside "Properties".`,
          fix: moveIntoProperties(id, key),
        });
      }
    }
    return found;
  },
};

/**
 * An entry without a Type named like a property another resource lacks (the seed's
 * AssumeRolePolicyDocument beside its role) is that property, out of place: say so and offer the move.
 */
function strayPropertyOrMissingType(resources: JsonObject, id: string): Finding {
  const owner = Object.entries(resources).find(([otherId, r]) => {
    if (otherId === id || !isJsonObject(r)) return false;
    const spec = specOf(r.Type);
    const properties = isJsonObject(r.Properties) ? r.Properties : {};
    return spec?.properties.includes(id) === true && properties[id] === undefined;
  });
  if (!owner) return { resource: id, path: resourcePointer(id), message: `Resource ${id} has no "Type", such as "AWS::Events::Rule".` };
  const [ownerId, r] = owner;
  return {
    resource: id,
    path: resourcePointer(id),
    message: `"${id}" is not a resource (it has no Type): it is the ${String((r as JsonObject).Type)} property of ${ownerId}, placed outside its Properties.`,
    fix: {
      title: `Move ${id} into the Properties of ${ownerId}`,
      apply(template) {
        const all = resourcesOf(template);
        const value = all[id];
        const target = all[ownerId];
        if (!value || !target) return template;
        const properties = isJsonObject(target.Properties) ? target.Properties : {};
        const next: Record<string, JsonObject> = {};
        for (const [k, v] of Object.entries(all)) {
          if (k === id) continue;
          next[k] = k === ownerId ? { ...target, Properties: { ...properties, [id]: value } } : v;
        }
        return { ...template, Resources: next };
      },
    },
  };
}
