import { describe, expect, it } from 'vitest';
import type { Json, JsonObject, Template } from '../template/types';
import { deriveGraph } from './derive-graph';
import { resourcesAroundTarget } from './related-resources';

const getAtt = (id: string, a = 'Arn') => ({ 'Fn::GetAtt': [id, a] });
const ref = (id: string) => ({ Ref: id });
const ruleWith = (target: JsonObject) => ({
  OrdersRule: { Type: 'AWS::Events::Rule', Properties: { Name: 'orders', EventPattern: { source: ['shop'] }, Targets: [target] } },
  OtherRule: { Type: 'AWS::Events::Rule', Properties: { Name: 'other', EventPattern: { source: ['shop'] } } },
});
const doc = (...Statement: Json[]) => ({ Version: '2012-10-17', Statement });
const role = {
  TargetRole: {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sts:AssumeRole' }),
    },
  },
};
const authorisationOf = (template: Template, target: string) => {
  const edge = deriveGraph(template).edges.find((e) => e.kind === 'rule-target' && e.target === target);
  return edge?.kind === 'rule-target' ? edge.authorisation : undefined;
};

describe('the authorisation of targets other than Lambda and Step Functions', () => {
  const topic = { Topic: { Type: 'AWS::SNS::Topic' } };
  const topicPolicy = (condition?: JsonObject) => ({
    TopicPolicy: {
      Type: 'AWS::SNS::TopicPolicy',
      Properties: {
        Topics: [ref('Topic')],
        PolicyDocument: doc({
          Effect: 'Allow',
          Principal: { Service: 'events.amazonaws.com' },
          Action: 'sns:Publish',
          Resource: ref('Topic'),
          ...(condition ? { Condition: condition } : {}),
        }),
      },
    },
  });

  it('names the topic policy that lets EventBridge publish for this rule', () => {
    const t = { Resources: { ...topic, ...topicPolicy(), ...ruleWith({ Id: 'T', Arn: ref('Topic') }) } };
    expect(authorisationOf(t, 'Topic')).toEqual({ mechanism: 'resource-policy', permissionIds: ['TopicPolicy'] });
  });

  it('does not count a topic policy whose condition names another rule', () => {
    const other = { ArnEquals: { 'aws:SourceArn': getAtt('OtherRule') } };
    const t = { Resources: { ...topic, ...topicPolicy(other), ...ruleWith({ Id: 'T', Arn: ref('Topic') }) } };
    expect(authorisationOf(t, 'Topic')).toEqual({ mechanism: 'none' });
  });

  it('names the queue policy of a queue target, and lists it around the target', () => {
    const t = {
      Resources: {
        Queue: { Type: 'AWS::SQS::Queue' },
        QueuePolicy: {
          Type: 'AWS::SQS::QueuePolicy',
          Properties: {
            Queues: [ref('Queue')],
            PolicyDocument: doc({
              Effect: 'Allow',
              Principal: { Service: 'events.amazonaws.com' },
              Action: 'sqs:SendMessage',
              Resource: getAtt('Queue'),
              Condition: { ArnEquals: { 'aws:SourceArn': getAtt('OrdersRule') } },
            }),
          },
        },
        ...ruleWith({ Id: 'Q', Arn: getAtt('Queue') }),
      },
    };
    expect(authorisationOf(t, 'Queue')).toEqual({ mechanism: 'resource-policy', permissionIds: ['QueuePolicy'] });
    expect(resourcesAroundTarget(t, 'OrdersRule', 0)).toEqual(['QueuePolicy']);
  });

  it('names the CloudWatch Logs resource policy, read from its JSON text, that lets EventBridge write to a log group', () => {
    const text = JSON.stringify(
      doc({
        Effect: 'Allow',
        Principal: { Service: ['events.amazonaws.com', 'delivery.logs.amazonaws.com'] },
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: '${Logs.Arn}',
      }),
    );
    const t = {
      Resources: {
        Logs: { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: '/aws/events/orders' } },
        LogsPolicy: { Type: 'AWS::Logs::ResourcePolicy', Properties: { PolicyName: 'p', PolicyDocument: { 'Fn::Sub': text } } },
        ...ruleWith({ Id: 'L', Arn: getAtt('Logs') }),
      },
    };
    expect(authorisationOf(t, 'Logs')).toEqual({ mechanism: 'resource-policy', permissionIds: ['LogsPolicy'] });
    expect(authorisationOf({ Resources: { ...t.Resources, LogsPolicy: undefined } } as never, 'Logs')).toEqual({ mechanism: 'none' });
  });

  it('shows a Kinesis stream and another event bus as reached through the target role', () => {
    const kinesis = {
      Resources: {
        Stream: { Type: 'AWS::Kinesis::Stream' },
        ...role,
        ...ruleWith({ Id: 'S', Arn: getAtt('Stream'), RoleArn: getAtt('TargetRole') }),
      },
    };
    expect(authorisationOf(kinesis, 'Stream')).toEqual({ mechanism: 'role', roleId: 'TargetRole' });
    const bus = {
      Resources: {
        Bus: { Type: 'AWS::Events::EventBus', Properties: { Name: 'central' } },
        ...role,
        ...ruleWith({ Id: 'B', Arn: getAtt('Bus'), RoleArn: getAtt('TargetRole') }),
      },
    };
    expect(authorisationOf(bus, 'Bus')).toEqual({ mechanism: 'role', roleId: 'TargetRole' });
    expect(authorisationOf({ Resources: { ...bus.Resources, TargetRole: undefined } } as never, 'Bus')).toEqual({ mechanism: 'none' });
  });
});
