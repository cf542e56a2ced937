import { describe, expect, it } from 'vitest';
import { addEventBus } from './add-event-bus';
import { addLambdaFunction } from './add-lambda-function';
import { addRule } from './add-rule';
import { addStateMachine } from './add-state-machine';
import { addSnsTopic } from './add-sns-topic';
import { addSqsQueue } from './add-sqs-queue';
import { emptyTemplate } from './empty-template';
import { propertiesOf, resourcesOf } from '../template/resources';

describe('adding resources', () => {
  it('gives each new resource a unique, readable logical id and name', () => {
    let t = emptyTemplate();
    const ids: string[] = [];
    for (const add of [addRule, addRule, addEventBus, addEventBus]) {
      const added = add(t);
      ids.push(added.id);
      t = added.template;
    }
    expect(ids).toEqual(['EventRule', 'EventRule2', 'CustomEventBus', 'CustomEventBus2']);
    expect(propertiesOf(resourcesOf(t).EventRule2).Name).toBe('event-rule-2');
    expect(propertiesOf(resourcesOf(t).CustomEventBus2).Name).toBe('custom-bus-2');
  });

  it('adds a rule on the default bus with an event pattern, enabled', () => {
    const { template, id } = addRule(emptyTemplate());
    expect(propertiesOf(resourcesOf(template)[id])).toEqual({
      Name: 'event-rule-1',
      EventBusName: 'default',
      EventPattern: { source: ['com.example.app'], 'detail-type': ['event-rule-1'] },
      State: 'ENABLED',
    });
  });

  it('adds a function that deploys as it is: inline code, handler, runtime and an execution role', () => {
    const { template, id } = addLambdaFunction(emptyTemplate());
    const p = propertiesOf(resourcesOf(template)[id]);
    expect(p).toMatchObject({
      FunctionName: 'function-1',
      Handler: 'index.handler',
      Runtime: 'nodejs22.x',
      Role: { 'Fn::GetAtt': ['FunctionExecutionRole', 'Arn'] },
    });
    expect((p.Code as { ZipFile: string }).ZipFile).toContain('exports.handler');
    expect(resourcesOf(template).FunctionExecutionRole).toMatchObject({
      Type: 'AWS::IAM::Role',
      Properties: { AssumeRolePolicyDocument: { Statement: [{ Principal: { Service: 'lambda.amazonaws.com' } }] } },
    });
  });

  it('adds a standard state machine with a minimal definition and a role Step Functions can assume', () => {
    const { template, id } = addStateMachine(emptyTemplate());
    expect(propertiesOf(resourcesOf(template)[id])).toMatchObject({
      StateMachineName: 'state-machine-1',
      StateMachineType: 'STANDARD',
      RoleArn: { 'Fn::GetAtt': ['StateMachineExecutionRole', 'Arn'] },
      Definition: { StartAt: 'ReceiveEvent', States: { ReceiveEvent: { Type: 'Pass', End: true } } },
    });
    expect(resourcesOf(template).StateMachineExecutionRole).toMatchObject({
      Properties: { AssumeRolePolicyDocument: { Statement: [{ Principal: { Service: 'states.amazonaws.com' } }] } },
    });
  });

  it('adds standard SNS topics and SQS queues with unique ids and names', () => {
    let t = emptyTemplate();
    const ids: string[] = [];
    for (const add of [addSnsTopic, addSnsTopic, addSqsQueue, addSqsQueue]) {
      const added = add(t);
      ids.push(added.id);
      t = added.template;
    }
    expect(ids).toEqual(['Topic', 'Topic2', 'Queue', 'Queue2']);
    expect(resourcesOf(t).Topic).toEqual({ Type: 'AWS::SNS::Topic', Properties: { TopicName: 'topic-1' } });
    expect(propertiesOf(resourcesOf(t).Topic2).TopicName).toBe('topic-2');
    expect(resourcesOf(t).Queue).toEqual({ Type: 'AWS::SQS::Queue', Properties: { QueueName: 'queue-1' } });
    expect(propertiesOf(resourcesOf(t).Queue2).QueueName).toBe('queue-2');
  });

  it('takes the first free name, whatever the logical ids', () => {
    const t = { Resources: { Alerts: { Type: 'AWS::SNS::Topic', Properties: { TopicName: 'topic-1' } } } };
    const added = addSnsTopic(t);
    expect([added.id, propertiesOf(resourcesOf(added.template).Topic).TopicName]).toEqual(['Topic', 'topic-2']);
  });

  it('never reuses a logical id that a parameter or output already has', () => {
    const t = { ...emptyTemplate(), Parameters: { EventRule: { Type: 'String' } } };
    expect(addRule(t).id).toBe('EventRule2');
  });
});
