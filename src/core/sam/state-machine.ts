import { getAtt, ref } from '../template/intrinsics';
import { isJsonObject, type Json, type JsonObject } from '../template/json';
import type { LogicalId } from '../template/types';
import { expandEvents, type ImplicitApi } from './events';
import { managedPolicyArn, roleResource, rolePolicies, trustFor } from './execution-role';
import { mergeGlobals } from './transform';
import { keptAttributes, passedOnAttributes, pick, samProperties } from './resource-attributes';
import type { Emitter, EventOwner, GeneratedBy } from './types';

const SAM_TYPE = 'AWS::Serverless::StateMachine';

/** DefinitionUri as DefinitionS3Location: an s3:// URI or a Bucket/Key object; a local path stands as the key of a placeholder bucket.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-statemachine.html#sam-statemachine-definitionuri */
function definitionLocation(uri: Json): Json {
  if (isJsonObject(uri))
    return { Bucket: uri.Bucket ?? null, Key: uri.Key ?? null, ...(uri.Version !== undefined ? { Version: uri.Version } : {}) };
  const s3 = typeof uri === 'string' ? /^s3:\/\/([^/]+)\/([^?]+)(?:\?versionId=(.+))?$/.exec(uri) : null;
  if (s3) return { Bucket: s3[1]!, Key: s3[2]!, ...(s3[3] ? { Version: s3[3] } : {}) };
  return { Bucket: 'sam-package-bucket', Key: uri };
}

/**
 * An AWS::Serverless::StateMachine: the AWS::StepFunctions::StateMachine of the same id, the execution
 * role <id>Role (trusting states.amazonaws.com) when no Role is given, and what its EventBridge events
 * generate. Name, Type, Role, Logging and Tracing map to StateMachineName, StateMachineType, RoleArn,
 * LoggingConfiguration and TracingConfiguration.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-statemachine.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources-statemachine.html
 */
export function expandStateMachine(emit: Emitter, id: LogicalId, resource: JsonObject): ImplicitApi[] {
  const path = ['Resources', id];
  const by: GeneratedBy = { samResource: id, samType: SAM_TYPE, path };
  const p = mergeGlobals(emit.globals('StateMachine'), samProperties(emit, resource, path));
  const attributes = passedOnAttributes(resource);
  const sm: JsonObject = pick(p, ['Definition', 'DefinitionSubstitutions']);
  if (p.Name !== undefined) sm.StateMachineName = p.Name;
  if (p.Type !== undefined) sm.StateMachineType = p.Type;
  if (p.Definition === undefined && p.DefinitionUri !== undefined && p.DefinitionUri !== null)
    sm.DefinitionS3Location = definitionLocation(p.DefinitionUri);
  if (p.Logging !== undefined) sm.LoggingConfiguration = p.Logging;
  if (p.Tracing !== undefined) sm.TracingConfiguration = p.Tracing;
  const roleId = `${id}Role`;
  sm.RoleArn = p.Role ?? getAtt(roleId, 'Arn');
  emit.add(id, { Type: 'AWS::StepFunctions::StateMachine', ...keptAttributes(resource), Properties: sm }, by);
  if (p.Role === undefined) {
    const { managed, inline } = rolePolicies(emit, roleId, p.Policies, [...path, 'Properties', 'Policies']);
    const tracing = isJsonObject(p.Tracing) && p.Tracing.Enabled === true ? [managedPolicyArn('AWSXrayWriteOnlyAccess')] : [];
    const role = roleResource({
      trust: trustFor('states.amazonaws.com'),
      managed: [...managed, ...tracing],
      inline,
      permissionsBoundary: p.PermissionsBoundary,
      path: p.RolePath,
    });
    emit.add(roleId, { ...role, ...attributes }, by);
  }
  // Ref of a state machine is its ARN, which is what SAM puts in the targets.
  // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-stepfunctions-statemachine.html#aws-resource-stepfunctions-statemachine-return-values
  const owner: EventOwner = {
    id,
    samType: SAM_TYPE,
    kind: 'stateMachine',
    arn: ref(id),
    attributes,
    permissionsBoundary: p.PermissionsBoundary,
  };
  return expandEvents(emit, owner, p.Events, [...path, 'Properties', 'Events']);
}
