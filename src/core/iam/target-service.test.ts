import { describe, expect, it } from 'vitest';
import type { JsonObject, Template } from '../template/types';
import { assignmentsFor } from '../resolve/assignments';
import { resolverFor } from './eventbridge-request';
import { serviceOfArn, targetServiceOf } from './target-service';

const template: Template = {
  Resources: {
    Fn: { Type: 'AWS::Lambda::Function' },
    Topic: { Type: 'AWS::SNS::Topic' },
    Queue: { Type: 'AWS::SQS::Queue' },
    Logs: { Type: 'AWS::Logs::LogGroup' },
    Stream: { Type: 'AWS::Kinesis::Stream', Properties: { Name: 'orders' } },
    Bus: { Type: 'AWS::Events::EventBus', Properties: { Name: 'central' } },
    Destination: { Type: 'AWS::Events::ApiDestination' },
    Odd: { Type: 'Custom::Thing' },
  },
  Parameters: { TargetArn: { Type: 'String' } },
};
const of = (Arn: JsonObject[string]) => targetServiceOf(template, { Id: 't', Arn });

describe('targetServiceOf', () => {
  it('judges a reference to a resource of the template by its type', () => {
    expect(of({ 'Fn::GetAtt': ['Fn', 'Arn'] })).toEqual({ service: 'lambda', resourceId: 'Fn' });
    expect(of({ Ref: 'Topic' })).toEqual({ service: 'sns', resourceId: 'Topic' });
    expect(of({ 'Fn::GetAtt': ['Queue', 'Arn'] })).toEqual({ service: 'sqs', resourceId: 'Queue' });
    expect(of({ 'Fn::GetAtt': ['Logs', 'Arn'] })).toEqual({ service: 'logs', resourceId: 'Logs' });
    expect(of({ 'Fn::GetAtt': ['Stream', 'Arn'] })).toEqual({ service: 'kinesis', resourceId: 'Stream' });
    expect(of({ 'Fn::GetAtt': ['Bus', 'Arn'] })).toEqual({ service: 'events', resourceId: 'Bus' });
    expect(of({ 'Fn::GetAtt': ['Destination', 'Arn'] })).toEqual({
      service: { other: 'EventBridge API destination' },
      resourceId: 'Destination',
    });
    expect(of({ 'Fn::GetAtt': ['Odd', 'Arn'] })).toEqual({ service: { other: 'Custom::Thing' }, resourceId: 'Odd' });
  });

  it('judges literal and Fn::Sub ARNs by the ARN, and says unknown when the deployment decides', () => {
    expect(of('arn:aws:sqs:eu-west-1:123456789012:orders.fifo')).toEqual({ service: 'sqs' });
    expect(of({ 'Fn::Sub': 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${Logs}' })).toEqual({ service: 'logs' });
    expect(of({ 'Fn::Sub': 'arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/default' })).toEqual({
      service: 'events',
    });
    expect(of('arn:aws:ecs:eu-west-1:123456789012:cluster/default')).toEqual({ service: { other: 'Amazon ECS' } });
    expect(of({ Ref: 'TargetArn' })).toEqual({ service: 'unknown' });
    expect(of({ 'Fn::ImportValue': 'x' })).toEqual({ service: 'unknown' });
  });

  it('tells event buses from API destinations and log groups from other logs ARNs', () => {
    expect(serviceOfArn('arn:aws:events:us-east-1:1:api-destination/d/abc')).toEqual({ other: 'EventBridge API destination' });
    expect(serviceOfArn('arn:aws:events:us-east-1:1:event-bus/b')).toBe('events');
    expect(serviceOfArn('arn:aws:kinesis:us-east-1:1:stream/s')).toBe('kinesis');
    expect(serviceOfArn('arn:aws:execute-api:us-east-1:1:api/stage/POST/x')).toEqual({ other: 'Amazon API Gateway' });
    expect(serviceOfArn('not-an-arn')).toBe('unknown');
  });
});

describe('resolverFor', () => {
  it("fills in a Kinesis stream's name and ARN, so a Sub-built ARN and Fn::GetAtt agree", () => {
    const a = assignmentsFor(template)[0]!;
    const resolve = resolverFor(template, a);
    const arn = `arn:${a.partition}:kinesis:${a.region}:${a.account}:stream/orders`;
    expect(resolve({ 'Fn::GetAtt': ['Stream', 'Arn'] })).toBe(arn);
    expect(resolve({ 'Fn::Sub': 'arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/${Stream}' })).toBe(arn);
    expect(resolve({ Ref: 'Stream' })).toBe('orders');
  });
});
