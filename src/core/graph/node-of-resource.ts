import type { JsonObject } from '../template/json';
import { propertiesOf } from '../template/resources';
import { RESOURCE_TYPES, type LogicalId } from '../template/types';
import type { DesignNode, NodeKind } from './types';

const KIND_OF_TYPE: Record<string, NodeKind> = {
  [RESOURCE_TYPES.eventBus]: 'bus',
  [RESOURCE_TYPES.rule]: 'rule',
  [RESOURCE_TYPES.lambdaFunction]: 'lambda',
  [RESOURCE_TYPES.stateMachine]: 'stateMachine',
  [RESOURCE_TYPES.role]: 'role',
  [RESOURCE_TYPES.lambdaPermission]: 'permission',
  'AWS::SNS::Topic': 'topic',
  'AWS::SQS::Queue': 'queue',
  'AWS::Logs::LogGroup': 'logGroup',
  'AWS::Kinesis::Stream': 'stream',
};

const NAME_PROPERTY: Partial<Record<NodeKind, string>> = {
  bus: 'Name',
  rule: 'Name',
  lambda: 'FunctionName',
  stateMachine: 'StateMachineName',
  role: 'RoleName',
  topic: 'TopicName',
  queue: 'QueueName',
  logGroup: 'LogGroupName',
  stream: 'Name',
};

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function servicesTrusted(p: JsonObject): string {
  const statements = (p.AssumeRolePolicyDocument as { Statement?: unknown } | undefined)?.Statement;
  const list = Array.isArray(statements) ? statements : [statements];
  const services = list.flatMap((s) => {
    const service = (s as { Principal?: { Service?: unknown } } | undefined)?.Principal?.Service;
    return (Array.isArray(service) ? service : [service]).filter((x): x is string => typeof x === 'string');
  });
  return services.length > 0 ? `trusts ${services.map((x) => x.replace('.amazonaws.com', '')).join(', ')}` : 'IAM role';
}

function detailOf(kind: NodeKind, p: JsonObject, type: string): string {
  switch (kind) {
    case 'bus':
      return 'Custom event bus';
    case 'rule': {
      const schedule = text(p.ScheduleExpression);
      const state = p.State === 'DISABLED' ? ' · disabled' : '';
      if (schedule) return `${schedule}${state}`;
      const pattern = p.EventPattern;
      const summary = typeof pattern === 'object' && pattern !== null ? JSON.stringify(pattern) : 'no event pattern';
      return `${summary.length > 60 ? `${summary.slice(0, 57)}...` : summary}${state}`;
    }
    case 'lambda':
      return (
        [text(p.Runtime), typeof p.MemorySize === 'number' ? `${p.MemorySize} MB` : undefined].filter(Boolean).join(' · ') ||
        'Lambda function'
      );
    case 'stateMachine':
      return `${text(p.StateMachineType) ?? 'STANDARD'} workflow`;
    case 'role':
      return servicesTrusted(p);
    case 'permission':
      return `${text(p.Action) ?? '?'} for ${text(p.Principal) ?? '?'}${p.SourceArn === undefined ? ' · any source' : ''}`;
    case 'topic':
      return p.FifoTopic === true ? 'FIFO topic' : 'Standard topic';
    case 'queue':
      return p.FifoQueue === true ? 'FIFO queue' : 'Standard queue';
    case 'logGroup':
      return typeof p.RetentionInDays === 'number' ? `Log group · ${p.RetentionInDays} days` : 'Log group';
    case 'stream':
      return 'Kinesis data stream';
    case 'resource':
    case 'external':
      return type;
  }
}

/** The canvas node for any resource: its own kind for the types the designer models, a generic node otherwise. */
export function nodeOfResource(id: LogicalId, resource: JsonObject): DesignNode {
  const type = typeof resource.Type === 'string' ? resource.Type : '(no Type)';
  const kind = KIND_OF_TYPE[type] ?? 'resource';
  const p = propertiesOf(resource);
  const nameKey = NAME_PROPERTY[kind];
  const label = (nameKey ? text(p[nameKey]) : undefined) ?? id;
  return { id, kind, logicalId: id, label, detail: detailOf(kind, p, type), type };
}
