import type { JsonObject } from '../template/json';
import { referencedId } from '../template/intrinsics';
import { resourcesOf } from '../template/resources';
import type { LogicalId, Template } from '../template/types';
import { assignmentsFor, type Assignment } from '../resolve/assignments';
import { resolverFor } from './eventbridge-request';

/** The target services whose permission model the designer checks. */
export type CheckedService = 'lambda' | 'states' | 'sns' | 'sqs' | 'logs' | 'kinesis' | 'events';

/**
 * What a rule target is: a checked service ('events' is an event bus), another service named for
 * people ({ other: 'Amazon ECS' }), or 'unknown' when the Arn cannot be read from the template.
 */
export type TargetService = CheckedService | { other: string } | 'unknown';

const SERVICE_OF_TYPE: Record<string, CheckedService> = {
  'AWS::Lambda::Function': 'lambda',
  'AWS::Lambda::Alias': 'lambda',
  'AWS::Lambda::Version': 'lambda',
  'AWS::StepFunctions::StateMachine': 'states',
  'AWS::SNS::Topic': 'sns',
  'AWS::SQS::Queue': 'sqs',
  'AWS::Logs::LogGroup': 'logs',
  'AWS::Kinesis::Stream': 'kinesis',
  'AWS::Events::EventBus': 'events',
};

/** Readable names of the other target types and ARN services EventBridge rules can call.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-targets.html */
const NAME_OF_TYPE: Record<string, string> = {
  'AWS::Events::ApiDestination': 'EventBridge API destination',
  'AWS::KinesisFirehose::DeliveryStream': 'Amazon Data Firehose',
  'AWS::ECS::Cluster': 'Amazon ECS',
  'AWS::Batch::JobQueue': 'AWS Batch',
  'AWS::CodeBuild::Project': 'AWS CodeBuild',
  'AWS::CodePipeline::Pipeline': 'AWS CodePipeline',
  'AWS::ApiGateway::RestApi': 'Amazon API Gateway',
  'AWS::Redshift::Cluster': 'Amazon Redshift',
  'AWS::SageMaker::Pipeline': 'Amazon SageMaker pipeline',
  'AWS::AppSync::GraphQLApi': 'AWS AppSync',
};

const NAME_OF_ARN_SERVICE: Record<string, string> = {
  ecs: 'Amazon ECS',
  batch: 'AWS Batch',
  codebuild: 'AWS CodeBuild',
  codepipeline: 'AWS CodePipeline',
  ssm: 'AWS Systems Manager',
  ec2: 'Amazon EC2',
  firehose: 'Amazon Data Firehose',
  'execute-api': 'Amazon API Gateway',
  redshift: 'Amazon Redshift',
  'redshift-serverless': 'Amazon Redshift Serverless',
  sagemaker: 'Amazon SageMaker',
  inspector: 'Amazon Inspector',
  appsync: 'AWS AppSync',
  'ssm-incidents': 'AWS Systems Manager Incident Manager',
};

/** The service an ARN names, by its service field and, where one service has several target kinds, its resource. */
export function serviceOfArn(arn: string): TargetService {
  const m = /^arn:[^:]+:([^:]+):[^:]*:[^:]*:(.*)$/.exec(arn);
  if (!m) return 'unknown';
  const service = m[1]!;
  const resource = m[2]!;
  switch (service) {
    case 'lambda':
    case 'states':
    case 'sns':
    case 'sqs':
      return service;
    case 'logs':
      return resource.startsWith('log-group:') ? 'logs' : { other: 'Amazon CloudWatch Logs' };
    case 'kinesis':
      return resource.startsWith('stream/') ? 'kinesis' : { other: 'Amazon Kinesis' };
    case 'events':
      if (resource.startsWith('event-bus/')) return 'events';
      return { other: resource.startsWith('api-destination/') ? 'EventBridge API destination' : 'Amazon EventBridge' };
    default:
      return { other: NAME_OF_ARN_SERVICE[service] ?? service };
  }
}

const keyOf = (s: TargetService) => (typeof s === 'string' ? s : `other:${s.other}`);

/**
 * The one place that says what a rule target is. A Ref or Fn::GetAtt of a resource of this template
 * is judged by the resource's type; any other Arn (a literal ARN, Fn::Sub, a parameter) by the ARN it
 * resolves to, and only when every deployment the template allows gives the same service.
 */
export function targetServiceOf(
  template: Template,
  target: JsonObject,
  assignments: Assignment[] = assignmentsFor(template),
): { service: TargetService; resourceId?: LogicalId } {
  const id = referencedId(target.Arn);
  const type = id ? resourcesOf(template)[id]?.Type : undefined;
  if (id && typeof type === 'string') return { service: SERVICE_OF_TYPE[type] ?? { other: NAME_OF_TYPE[type] ?? type }, resourceId: id };
  let found: TargetService | undefined;
  for (const a of assignments) {
    const arn = resolverFor(template, a)(target.Arn);
    const service = arn === undefined ? 'unknown' : serviceOfArn(arn);
    if (service === 'unknown' || (found !== undefined && keyOf(found) !== keyOf(service))) return { service: 'unknown' };
    found = service;
  }
  return { service: found ?? 'unknown' };
}
