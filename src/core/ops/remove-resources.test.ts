import { describe, expect, it } from 'vitest';
import { removeResources } from './remove-resources';
import { disconnectTarget } from './disconnect-target';
import { seedDesign } from './seed-design';
import { resourcesOf } from '../template/resources';
import { targetsOf } from './targets';
import { emptyTemplate } from './empty-template';
import { addRule } from './add-rule';
import { addSnsTopic } from './add-sns-topic';
import { addSqsQueue } from './add-sqs-queue';
import { addEventBus } from './add-event-bus';
import { addLambdaFunction } from './add-lambda-function';
import { connectRuleToTarget } from './connect-rule-to-target';
import { removeDeadLetterQueue } from './dead-letter-queue';
import { setTargetProperty } from './set-target-property';
import { validate } from '../validate/validate';
import { propertiesOf, withProperty } from '../template/resources';
import type { JsonObject } from '../template/json';
import type { Template } from '../template/types';

const ids = (t: Template) => Object.keys(resourcesOf(t)).sort();

describe('removeResources', () => {
  it('deleting a rule removes the roles and permissions generated for its targets, nothing else', () => {
    const t = removeResources(removeResources(seedDesign(), ['InvokeStateMachineEventRule']), ['InvokeLambdaFunctionEventRule']);
    expect(ids(t)).toEqual(['FunctionExecutionRole', 'StateMachineExecutionRole', 'TestLambdaFunction', 'TestStateMachine']);
  });

  it('deleting a function removes the targets that point at it, its permission and its execution role', () => {
    const t = removeResources(seedDesign(), ['TestLambdaFunction']);
    expect(ids(t)).not.toContain('InvokeLambdaFunctionEventRuleTestLambdaFunctionPermission');
    expect(ids(t)).not.toContain('FunctionExecutionRole');
    expect(targetsOf(t, 'InvokeLambdaFunctionEventRule')).toEqual([]);
    expect(resourcesOf(t).InvokeLambdaFunctionEventRule).toBeDefined();
    expect((resourcesOf(t).InvokeLambdaFunctionEventRule as { Properties: object }).Properties).not.toHaveProperty('Targets');
  });

  it('deleting a state machine removes its targets, the role EventBridge used for them and its execution role', () => {
    const t = removeResources(seedDesign(), ['TestStateMachine']);
    expect(ids(t)).toEqual([
      'FunctionExecutionRole',
      'InvokeLambdaFunctionEventRule',
      'InvokeLambdaFunctionEventRuleTestLambdaFunctionPermission',
      'InvokeStateMachineEventRule',
      'TestLambdaFunction',
    ]);
  });

  it('keeps a role that something else still uses', () => {
    const base = seedDesign();
    const t = { ...base, Outputs: { Role: { Value: { 'Fn::GetAtt': ['InvokeStateMachineEventRuleTestStateMachineRole', 'Arn'] } } } };
    const next = removeResources(t, ['InvokeStateMachineEventRule']);
    expect(ids(next)).toContain('InvokeStateMachineEventRuleTestStateMachineRole');
  });

  it('drops outputs and DependsOn entries that mention a removed resource', () => {
    const base = seedDesign();
    const t = {
      ...base,
      Resources: { ...resourcesOf(base), Extra: { Type: 'AWS::SNS::Topic', DependsOn: ['TestStateMachine'] } },
      Outputs: { Sm: { Value: { Ref: 'TestStateMachine' } }, Keep: { Value: 'x' } },
    };
    const next = removeResources(t, ['TestStateMachine']);
    expect(next.Outputs).toEqual({ Keep: { Value: 'x' } });
    expect(resourcesOf(next).Extra).toEqual({ Type: 'AWS::SNS::Topic', DependsOn: [] });
  });
});

describe('disconnectTarget', () => {
  it('removes the target and the permission generated for it', () => {
    const t = disconnectTarget(seedDesign(), 'InvokeLambdaFunctionEventRule', 0);
    expect(targetsOf(t, 'InvokeLambdaFunctionEventRule')).toEqual([]);
    expect(ids(t)).not.toContain('InvokeLambdaFunctionEventRuleTestLambdaFunctionPermission');
    expect(ids(t)).toContain('TestLambdaFunction');
  });

  it('removes the role generated for a state machine target', () => {
    const t = disconnectTarget(seedDesign(), 'InvokeStateMachineEventRule', 0);
    expect(ids(t)).not.toContain('InvokeStateMachineEventRuleTestStateMachineRole');
    expect(ids(t)).toContain('TestStateMachine');
  });

  it('ignores an index that is not there', () => {
    const t = seedDesign();
    expect(disconnectTarget(t, 'InvokeStateMachineEventRule', 3)).toBe(t);
  });
});

/** Rules EventRule and EventRule2, both targeting Topic, Queue and CustomEventBus. */
function serviceDesign(): Template {
  let t = emptyTemplate();
  for (const add of [addRule, addRule, addSnsTopic, addSqsQueue, addEventBus]) t = add(t).template;
  for (const rule of ['EventRule', 'EventRule2'])
    for (const target of ['Topic', 'Queue', 'CustomEventBus']) t = connectRuleToTarget(t, rule, target);
  return t;
}

const sids = (t: Template, policyId: string) =>
  (propertiesOf(resourcesOf(t)[policyId]).PolicyDocument as { Statement: { Sid: string }[] }).Statement.map((s) => s.Sid);
const errors = (t: Template) => validate(t).filter((d) => d.severity === 'error' || /^(SNS|SQS|BUS)-/.test(d.ruleId));

describe('removing and disconnecting SNS, SQS and event bus targets', () => {
  it("deleting a rule removes its queue statement and bus role; the topic's statement stays while another rule targets the topic", () => {
    const t = removeResources(serviceDesign(), ['EventRule']);
    expect(sids(t, 'QueuePolicy')).toEqual(['AllowEventRule2ToSendMessage']);
    expect(sids(t, 'TopicPolicy')).toEqual(['AllowEventBridgeToPublish']);
    expect(ids(t)).not.toContain('EventRuleCustomEventBusRole');
    expect(ids(t)).toContain('EventRule2CustomEventBusRole');
    expect(errors(t)).toEqual([]);
  });

  it('deleting every rule removes the topic and queue policies and the bus roles, and keeps the topic, queue and bus', () => {
    const t = removeResources(serviceDesign(), ['EventRule', 'EventRule2']);
    expect(ids(t)).toEqual(['CustomEventBus', 'Queue', 'Topic']);
    const oneByOne = removeResources(removeResources(serviceDesign(), ['EventRule2']), ['EventRule']);
    expect(oneByOne).toEqual(t);
  });

  it('deleting a topic or a queue removes its policy and the targets that point at it', () => {
    const t = removeResources(serviceDesign(), ['Topic', 'Queue']);
    expect(ids(t)).not.toContain('TopicPolicy');
    expect(ids(t)).not.toContain('QueuePolicy');
    expect(targetsOf(t, 'EventRule').map((x) => x.Id)).toEqual(['CustomEventBus']);
    expect(errors(t)).toEqual([]);
  });

  it('deleting a bus removes the targets that point at it and the roles EventBridge used for them', () => {
    const t = removeResources(serviceDesign(), ['CustomEventBus']);
    expect(ids(t).filter((id) => id.endsWith('Role'))).toEqual([]);
    expect(targetsOf(t, 'EventRule2').map((x) => x.Id)).toEqual(['Topic', 'Queue']);
  });

  it("keeps a topic policy's statements that are not the designer's", () => {
    const base = serviceDesign();
    const policy = resourcesOf(base).TopicPolicy!;
    const document = propertiesOf(policy).PolicyDocument as { Version: string; Statement: JsonObject[] };
    const s3 = { Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'sns:Publish', Resource: { Ref: 'Topic' } };
    const mixed = withProperty(policy, 'PolicyDocument', { ...document, Statement: [s3, ...document.Statement] });
    const t = { ...base, Resources: { ...resourcesOf(base), TopicPolicy: mixed } };
    const next = removeResources(t, ['EventRule', 'EventRule2']);
    expect((propertiesOf(resourcesOf(next).TopicPolicy).PolicyDocument as { Statement: unknown[] }).Statement).toEqual([s3]);
  });

  it('disconnecting a queue or bus target removes what was there for that connection only', () => {
    let t = disconnectTarget(serviceDesign(), 'EventRule', 1); // Queue
    expect(sids(t, 'QueuePolicy')).toEqual(['AllowEventRule2ToSendMessage']);
    t = disconnectTarget(t, 'EventRule', 1); // CustomEventBus
    expect(ids(t)).not.toContain('EventRuleCustomEventBusRole');
    expect(targetsOf(t, 'EventRule').map((x) => x.Id)).toEqual(['Topic']);
    expect(errors(t)).toEqual([]);
  });

  it("disconnecting the last rule from a topic or queue removes the policy; the topic's statement lasts until then", () => {
    let t = disconnectTarget(serviceDesign(), 'EventRule', 0);
    expect(sids(t, 'TopicPolicy')).toEqual(['AllowEventBridgeToPublish']);
    t = disconnectTarget(t, 'EventRule2', 0);
    expect(ids(t)).not.toContain('TopicPolicy');
    t = disconnectTarget(disconnectTarget(t, 'EventRule', 0), 'EventRule2', 0);
    expect(ids(t)).not.toContain('QueuePolicy');
    expect(ids(t)).toContain('Queue');
    expect(errors(t)).toEqual([]);
  });

  it("keeps a rule's queue statement while the queue is still the dead-letter queue of another of its targets, and the reverse", () => {
    let t = addLambdaFunction(serviceDesign()).template;
    t = connectRuleToTarget(t, 'EventRule', 'Function'); // target 3
    t = setTargetProperty(t, 'EventRule', 3, 'DeadLetterConfig', { Arn: { 'Fn::GetAtt': ['Queue', 'Arn'] } });
    const noQueueTarget = disconnectTarget(t, 'EventRule', 1);
    expect(sids(noQueueTarget, 'QueuePolicy')).toEqual(['AllowEventRuleToSendMessage', 'AllowEventRule2ToSendMessage']);
    expect(errors(noQueueTarget)).toEqual([]);
    const noDlq = removeDeadLetterQueue(t, 'EventRule', 3);
    expect(sids(noDlq, 'QueuePolicy')).toEqual(['AllowEventRuleToSendMessage', 'AllowEventRule2ToSendMessage']);
    const neither = disconnectTarget(noQueueTarget, 'EventRule', 2); // the function, with its dead-letter queue
    expect(sids(neither, 'QueuePolicy')).toEqual(['AllowEventRule2ToSendMessage']);
  });
});
