import { getAtt, ref, referencedId } from '../template/intrinsics';
import { isJsonObject, type Json, type JsonObject } from '../template/json';
import type { LogicalId } from '../template/types';
import type { Emitter, GeneratedBy, SamPath } from './types';

/**
 * SAM connectors (AWS::Serverless::Connector, and the Connectors attribute embedded in a resource)
 * whose source is an EventBridge rule: the permission each one grants the rule on its destination.
 * What SAM generates follows its connector profiles (samtranslator/model/connector_profiles/profiles.json):
 * - to a state machine or an event bus: an AWS::IAM::ManagedPolicy <connector>Policy on the role the
 *   rule's target uses (states:StartExecution, events:PutEvents);
 * - to a Lambda function: an AWS::Lambda::Permission <connector>WriteLambdaPermission (SourceArn the rule);
 * - to a queue or a topic: an AWS::SQS::QueuePolicy <connector>QueuePolicy or AWS::SNS::TopicPolicy
 *   <connector>TopicPolicy for events.amazonaws.com, conditioned on the rule's ARN.
 * Several destinations add Destination<n> to each name. An embedded connector is the connector
 * <source id><name> with the resource as its source. Connectors from other sources grant nothing an
 * EventBridge rule uses and are named as not expanded.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-connector.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-connector-resourcereference.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/managing-permissions-connectors.html
 * https://github.com/aws/serverless-application-model/blob/develop/samtranslator/model/connector_profiles/profiles.json
 */

const CONNECTOR_TYPE = 'AWS::Serverless::Connector';

// The CloudFormation type a SAM resource becomes, as connector profiles name it (connector.py, _SAM_TO_CFN_RESOURCE_TYPE).
const CFN_TYPE_OF_SAM: Record<string, string> = {
  'AWS::Serverless::Function': 'AWS::Lambda::Function',
  'AWS::Serverless::StateMachine': 'AWS::StepFunctions::StateMachine',
  'AWS::Serverless::Api': 'AWS::ApiGateway::RestApi',
  'AWS::Serverless::HttpApi': 'AWS::ApiGatewayV2::Api',
  'AWS::Serverless::SimpleTable': 'AWS::DynamoDB::Table',
};

/** What a connector knows of one end: its type, and the values the profiles use. */
interface End {
  id?: LogicalId;
  type: string;
  arn?: Json;
  queueUrl?: Json;
  roleName?: Json;
}

/**
 * The ARN (and queue URL) SAM reads from a resource of the template: Ref gives the ARN of a state
 * machine and a topic, Fn::GetAtt Arn that of the others; Ref of a queue is its URL.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-stepfunctions-statemachine.html#aws-resource-stepfunctions-statemachine-return-values
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topic.html#aws-resource-sns-topic-return-values
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queue.html#aws-resource-sqs-queue-return-values
 */
function endOfResource(id: LogicalId, type: string): End {
  switch (type) {
    case 'AWS::StepFunctions::StateMachine':
    case 'AWS::SNS::Topic':
      return { id, type, arn: ref(id) };
    case 'AWS::SQS::Queue':
      return { id, type, arn: getAtt(id, 'Arn'), queueUrl: ref(id) };
    default:
      return { id, type, arn: getAtt(id, 'Arn') };
  }
}

/** A ResourceReference: Id (of a resource of this template) or Type with Arn, QueueUrl, RoleName; undefined (reported) when SAM would refuse it. */
function endOf(emit: Emitter, resources: JsonObject, value: Json | undefined, path: SamPath): End | undefined {
  if (!isJsonObject(value)) {
    emit.issue('malformed', path, 'A connector end must be an object with Id, or with Type and Arn; SAM refuses the template.');
    return undefined;
  }
  if (value.Id !== undefined) {
    const id = value.Id;
    const r = typeof id === 'string' ? resources[id] : undefined;
    if (typeof id !== 'string' || !isJsonObject(r) || typeof r.Type !== 'string') {
      emit.issue(
        'malformed',
        [...path, 'Id'],
        `The connector names ${JSON.stringify(id)}, which is not a resource of this template; SAM refuses the template.`,
      );
      return undefined;
    }
    return endOfResource(id, CFN_TYPE_OF_SAM[r.Type] ?? r.Type);
  }
  if (typeof value.Type !== 'string') {
    emit.issue(
      'malformed',
      path,
      'A connector end needs Id, or Type with the values its permissions use (Arn, ...); SAM refuses the template.',
    );
    return undefined;
  }
  return {
    type: CFN_TYPE_OF_SAM[value.Type] ?? value.Type,
    ...(value.Arn !== undefined ? { arn: value.Arn } : {}),
    ...(value.QueueUrl !== undefined ? { queueUrl: value.QueueUrl } : {}),
    ...(value.RoleName !== undefined ? { roleName: value.RoleName } : {}),
  };
}

/**
 * The role of the rule's target that reaches the destination (by logical id or by the same Arn), as
 * SAM finds it (connector.py, _get_events_rule_role): Ref of the role its RoleArn names.
 */
function ruleTargetRole(rule: JsonObject | undefined, destination: End): Json | undefined {
  const properties = isJsonObject(rule?.Properties) ? rule.Properties : {};
  const targets = Array.isArray(properties.Targets) ? properties.Targets : [];
  for (const t of targets) {
    if (!isJsonObject(t)) continue;
    const reaches =
      (destination.id !== undefined && referencedId(t.Arn) === destination.id) ||
      (destination.arn !== undefined && JSON.stringify(t.Arn) === JSON.stringify(destination.arn));
    if (!reaches) continue;
    const roleId = referencedId(t.RoleArn);
    return roleId === undefined ? undefined : ref(roleId);
  }
  return undefined;
}

function eventsStatement(action: string, destinationArn: Json, sourceArn: Json): JsonObject {
  return {
    Effect: 'Allow',
    Principal: { Service: 'events.amazonaws.com' },
    Resource: destinationArn,
    Action: action,
    Condition: { ArnEquals: { 'aws:SourceArn': sourceArn } },
  };
}

/** The resources one connector from a rule to one destination generates. */
function ruleToDestination(
  emit: Emitter,
  resources: JsonObject,
  connectorId: LogicalId,
  suffix: string,
  source: End,
  destination: End,
  by: GeneratedBy,
  path: SamPath,
): void {
  const sourceArn = source.arn!;
  const missing = (what: string) =>
    emit.issue('malformed', path, `The connector's destination has no ${what}, which its permissions need; SAM refuses the template.`);
  if (destination.arn === undefined) return missing('Arn');
  switch (destination.type) {
    case 'AWS::StepFunctions::StateMachine':
    case 'AWS::Events::EventBus': {
      const role =
        source.roleName ?? ruleTargetRole(source.id !== undefined ? (resources[source.id] as JsonObject) : undefined, destination);
      if (role === undefined) {
        emit.issue(
          'malformed',
          path,
          "SAM cannot find the IAM role of the rule's target for this destination (its RoleArn); it refuses the connector.",
        );
        return;
      }
      const action = destination.type === 'AWS::Events::EventBus' ? 'events:PutEvents' : 'states:StartExecution';
      const document = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [action], Resource: [destination.arn] }] };
      emit.add(
        `${connectorId}Policy${suffix}`,
        { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: document, Roles: [role] } },
        by,
      );
      return;
    }
    case 'AWS::Lambda::Function': {
      const permission = {
        Action: 'lambda:InvokeFunction',
        FunctionName: destination.arn,
        Principal: 'events.amazonaws.com',
        SourceArn: sourceArn,
      };
      emit.add(`${connectorId}WriteLambdaPermission${suffix}`, { Type: 'AWS::Lambda::Permission', Properties: permission }, by);
      return;
    }
    case 'AWS::SQS::Queue': {
      if (destination.queueUrl === undefined) return missing('QueueUrl');
      const document = { Version: '2012-10-17', Statement: [eventsStatement('sqs:SendMessage', destination.arn, sourceArn)] };
      emit.add(
        `${connectorId}QueuePolicy${suffix}`,
        { Type: 'AWS::SQS::QueuePolicy', Properties: { PolicyDocument: document, Queues: [destination.queueUrl] } },
        by,
      );
      return;
    }
    case 'AWS::SNS::Topic': {
      const document = { Version: '2012-10-17', Statement: [eventsStatement('sns:Publish', destination.arn, sourceArn)] };
      emit.add(
        `${connectorId}TopicPolicy${suffix}`,
        { Type: 'AWS::SNS::TopicPolicy', Properties: { PolicyDocument: document, Topics: [destination.arn] } },
        by,
      );
      return;
    }
    default:
      emit.issue('malformed', path, `SAM has no connector from an EventBridge rule to ${destination.type}; it refuses the template.`);
  }
}

/** One connector: its Source, Destination (one or a list) and Permissions (Write, for a rule). */
function expandConnector(
  emit: Emitter,
  resources: JsonObject,
  connectorId: LogicalId,
  properties: JsonObject,
  source: End | undefined,
  by: GeneratedBy,
  path: SamPath,
): void {
  if (!source) return;
  const permissions = properties.Permissions;
  if (!Array.isArray(permissions) || permissions.length === 0 || !permissions.every((p) => p === 'Read' || p === 'Write')) {
    emit.issue('malformed', [...path, 'Permissions'], 'Permissions must be a non-empty list of Read and Write; SAM refuses the connector.');
    return;
  }
  if (source.type !== 'AWS::Events::Rule') {
    emit.issue('unexpanded', path, `A connector from ${source.type} is not expanded here: it grants nothing an EventBridge rule uses.`);
    return;
  }
  // A rule's connector profiles have only the Write category.
  if (permissions.includes('Read')) {
    emit.issue(
      'malformed',
      [...path, 'Permissions'],
      'A connector from an EventBridge rule takes only the Write permission; SAM refuses Read.',
    );
    return;
  }
  if (source.arn === undefined) {
    emit.issue(
      'malformed',
      [...path, 'Source'],
      "The connector's source has no Arn, which its permissions need; SAM refuses the template.",
    );
    return;
  }
  const list = Array.isArray(properties.Destination) ? properties.Destination : [properties.Destination];
  list.forEach((d, i) => {
    const at = Array.isArray(properties.Destination) ? [...path, 'Destination', i] : [...path, 'Destination'];
    const destination = endOf(emit, resources, d, at);
    if (destination)
      ruleToDestination(
        emit,
        resources,
        connectorId,
        Array.isArray(properties.Destination) ? `Destination${i}` : '',
        source,
        destination,
        by,
        at,
      );
  });
}

/** An AWS::Serverless::Connector resource. https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-connector.html */
export function expandConnectorResource(emit: Emitter, resources: JsonObject, id: LogicalId, resource: JsonObject): void {
  const path = ['Resources', id];
  const by: GeneratedBy = { samResource: id, samType: CONNECTOR_TYPE, path };
  const properties = resource.Properties;
  if (!isJsonObject(properties)) {
    emit.issue(
      'malformed',
      [...path, 'Properties'],
      'A connector needs Properties with Source, Destination and Permissions; SAM refuses it.',
    );
    return;
  }
  const at = [...path, 'Properties'];
  expandConnector(emit, resources, id, properties, endOf(emit, resources, properties.Source, [...at, 'Source']), by, at);
}

/**
 * The connectors embedded in a resource (its Connectors attribute): each is the connector
 * <id><name> whose Source is the resource.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/managing-permissions-connectors.html
 */
export function expandEmbeddedConnectors(emit: Emitter, resources: JsonObject, id: LogicalId, resource: JsonObject): void {
  const connectors = resource.Connectors;
  const path = ['Resources', id, 'Connectors'];
  if (!isJsonObject(connectors)) {
    emit.issue('malformed', path, 'Connectors must map connector names to connectors with Properties; SAM refuses anything else.');
    return;
  }
  const source = typeof resource.Type === 'string' ? endOfResource(id, CFN_TYPE_OF_SAM[resource.Type] ?? resource.Type) : undefined;
  for (const [name, connector] of Object.entries(connectors)) {
    const at = [...path, name];
    const properties = isJsonObject(connector) ? connector.Properties : undefined;
    if (!isJsonObject(properties)) {
      emit.issue('malformed', at, `Connector ${name} needs Properties with Destination and Permissions; SAM refuses it.`);
      continue;
    }
    const by: GeneratedBy = { samResource: id, samType: String(resource.Type), path: at };
    expandConnector(emit, resources, `${id}${name}`, properties, source, by, [...at, 'Properties']);
  }
}
