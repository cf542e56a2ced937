import { getAtt, ref } from '../template/intrinsics';
import { isJsonObject, type Json, type JsonObject } from '../template/json';
import type { LogicalId, Template } from '../template/types';
import { expandEvents, type ImplicitApi } from './events';
import { managedPolicyArn, roleResource, rolePolicies, trustFor } from './execution-role';
import { mergeGlobals } from './transform';
import { keptAttributes, passedOnAttributes, pick, samProperties } from './resource-attributes';
import type { Emitter, EventOwner, GeneratedBy } from './types';

const SAM_TYPE = 'AWS::Serverless::Function';

// Properties SAM passes to AWS::Lambda::Function under the same name.
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html
const SAME_NAME = [
  'FunctionName',
  'Description',
  'Runtime',
  'Handler',
  'Timeout',
  'MemorySize',
  'Environment',
  'Architectures',
  'Layers',
  'PackageType',
  'KmsKeyArn',
  'ReservedConcurrentExecutions',
  'VpcConfig',
  'EphemeralStorage',
  'ImageConfig',
  'LoggingConfig',
  'RecursiveLoop',
  'SnapStart',
  'RuntimeManagementConfig',
  'FileSystemConfigs',
  'CodeSigningConfigArn',
];

/**
 * The Code of the function: InlineCode, ImageUri, or CodeUri (an s3:// URI or a Bucket/Key object).
 * A local CodeUri path is what `sam package` uploads; it stands here as the S3 key of a placeholder bucket.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html#sam-function-codeuri
 */
function codeOf(p: JsonObject): Json | undefined {
  if (p.InlineCode !== undefined) return { ZipFile: p.InlineCode };
  if (p.ImageUri !== undefined) return { ImageUri: p.ImageUri };
  const uri = p.CodeUri;
  if (uri === undefined || uri === null) return undefined;
  if (isJsonObject(uri) && uri.Bucket !== undefined && uri.Key !== undefined)
    return { S3Bucket: uri.Bucket, S3Key: uri.Key, ...(uri.Version !== undefined ? { S3ObjectVersion: uri.Version } : {}) };
  const s3 = typeof uri === 'string' ? /^s3:\/\/([^/]+)\/([^?]+)(?:\?versionId=(.+))?$/.exec(uri) : null;
  if (s3) return { S3Bucket: s3[1]!, S3Key: s3[2]!, ...(s3[3] ? { S3ObjectVersion: s3[3] } : {}) };
  return { S3Bucket: 'sam-package-bucket', S3Key: uri };
}

/** The alias name AutoPublishAlias gives: a literal, or a parameter's default. */
function aliasName(template: Template, value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value;
  const param = isJsonObject(value) && typeof value.Ref === 'string' ? value.Ref : undefined;
  const params = isJsonObject(template.Parameters) ? template.Parameters : {};
  const p = param ? params[param] : undefined;
  return isJsonObject(p) && typeof p.Default === 'string' ? p.Default : undefined;
}

/**
 * An AWS::Serverless::Function: the AWS::Lambda::Function of the same id, the execution role <id>Role
 * when no Role is given, the alias and version AutoPublishAlias asks for, and what its EventBridge
 * events generate.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources-function.html
 */
export function expandFunction(emit: Emitter, template: Template, id: LogicalId, resource: JsonObject): ImplicitApi[] {
  const path = ['Resources', id];
  const by: GeneratedBy = { samResource: id, samType: SAM_TYPE, path };
  const p = mergeGlobals(emit.globals('Function'), samProperties(emit, resource, path));
  const attributes = passedOnAttributes(resource);
  const fn: JsonObject = pick(p, SAME_NAME);
  const code = codeOf(p);
  if (code !== undefined) fn.Code = code;
  if (p.Tracing !== undefined) fn.TracingConfig = { Mode: p.Tracing };
  const roleId = `${id}Role`;
  fn.Role = p.Role ?? getAtt(roleId, 'Arn');
  emit.add(id, { Type: 'AWS::Lambda::Function', ...keptAttributes(resource), Properties: fn }, by);
  if (p.Role === undefined) {
    const { managed, inline } = rolePolicies(emit, roleId, p.Policies, [...path, 'Properties', 'Policies']);
    const defaults = [
      managedPolicyArn('AWSLambdaBasicExecutionRole'),
      ...(p.Tracing === 'Active' ? [managedPolicyArn('AWSXrayWriteOnlyAccess')] : []),
    ];
    const role = roleResource({
      trust: p.AssumeRolePolicyDocument ?? trustFor('lambda.amazonaws.com'),
      managed: [...defaults, ...managed],
      inline,
      permissionsBoundary: p.PermissionsBoundary,
      path: p.RolePath,
    });
    emit.add(roleId, { ...role, ...attributes }, by);
  }
  const owner: EventOwner = { id, samType: SAM_TYPE, kind: 'function', arn: getAtt(id, 'Arn'), attributes };
  if (p.AutoPublishAlias !== undefined) {
    const name = aliasName(template, p.AutoPublishAlias);
    if (name === undefined || !/^[A-Za-z0-9]+$/.test(name)) {
      emit.issue(
        'unexpanded',
        [...path, 'Properties', 'AutoPublishAlias'],
        'This alias name cannot be read here, so events are shown invoking the function itself.',
      );
    } else {
      // SAM names the version <id>Version<hash of the code>; the hash is not known here, so it is left out.
      // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources-function.html#sam-specification-generated-resources-function-autopublishalias
      const versionId = `${id}Version`;
      const aliasId = `${id}Alias${name}`;
      // SAM keeps old versions: the version it makes has DeletionPolicy Retain.
      emit.add(
        versionId,
        { Type: 'AWS::Lambda::Version', DeletionPolicy: 'Retain', ...attributes, Properties: { FunctionName: ref(id) } },
        by,
      );
      const alias = { FunctionName: ref(id), FunctionVersion: getAtt(versionId, 'Version'), Name: name };
      if (emit.add(aliasId, { Type: 'AWS::Lambda::Alias', ...attributes, Properties: alias }, by)) {
        owner.arn = ref(aliasId);
        owner.functionName = ref(aliasId);
      }
    }
  }
  return expandEvents(emit, owner, p.Events, [...path, 'Properties', 'Events']);
}
