import { describe, expect, it } from 'vitest';
import { addLambdaFunction } from './add-lambda-function';
import { addRule } from './add-rule';
import { addStateMachine } from './add-state-machine';
import { connectRuleToTarget, whyCannotConnect } from './connect-rule-to-target';
import { emptyTemplate } from './empty-template';
import { addSnsTopic } from './add-sns-topic';
import { addSqsQueue } from './add-sqs-queue';
import { addEventBus } from './add-event-bus';
import { addDeadLetterQueue } from './dead-letter-queue';
import { connectBusToRule } from './connect-bus-to-rule';
import { setResourceProperty } from './set-property';
import { targetsOf, withTargets } from './targets';
import { validate } from '../validate/validate';
import { propertiesOf, resourcesOf, withoutResources } from '../template/resources';
import type { Template } from '../template/types';

function design(): Template {
  let t = emptyTemplate();
  t = addRule(t).template; // EventRule
  t = addLambdaFunction(t).template; // Function
  t = addStateMachine(t).template; // StateMachine
  return t;
}

describe('connectRuleToTarget', () => {
  it('connects an explicit rule to a SAM function or state machine with what it needs, which SAM does not generate', () => {
    const sam: Template = {
      Transform: 'AWS::Serverless-2016-10-31',
      Resources: {
        Fn: { Type: 'AWS::Serverless::Function', Properties: { Runtime: 'python3.13', Handler: 'app.handler', CodeUri: 'src/' } },
        Machine: {
          Type: 'AWS::Serverless::StateMachine',
          Properties: { Definition: { StartAt: 'Done', States: { Done: { Type: 'Succeed' } } } },
        },
      },
    };
    const rule = addRule(sam);
    const errors = (t: Template) => validate(t).filter((d) => d.severity === 'error');
    // Unconnected the rule is fine; targeting the SAM function without a permission is not (TGT-04), with one it is.
    const bare = withTargets(rule.template, rule.id, [{ Id: 'fn', Arn: { 'Fn::GetAtt': ['Fn', 'Arn'] } }]);
    expect(errors(bare).map((d) => d.ruleId)).toEqual(['TGT-04']);
    const connected = connectRuleToTarget(connectRuleToTarget(rule.template, rule.id, 'Fn'), rule.id, 'Machine');
    expect(errors(connected)).toEqual([]);
    expect(Object.values(resourcesOf(connected)).map((r) => r.Type)).toEqual(
      expect.arrayContaining(['AWS::Lambda::Permission', 'AWS::IAM::Role', 'AWS::Serverless::Function']),
    );
  });

  it('targets a state machine with RoleArn and a role that trusts EventBridge and may start only that state machine', () => {
    const t = connectRuleToTarget(design(), 'EventRule', 'StateMachine');
    const rule = resourcesOf(t).EventRule as { Properties: { Targets: unknown[] } };
    expect(rule.Properties.Targets).toEqual([
      {
        Id: 'StateMachine',
        Arn: { 'Fn::GetAtt': ['StateMachine', 'Arn'] },
        RoleArn: { 'Fn::GetAtt': ['EventRuleStateMachineRole', 'Arn'] },
      },
    ]);
    expect(resourcesOf(t).EventRuleStateMachineRole).toEqual({
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        },
        Policies: [
          {
            PolicyName: 'StartExecution',
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: ['states:StartExecution'], Resource: [{ 'Fn::GetAtt': ['StateMachine', 'Arn'] }] }],
            },
          },
        ],
      },
    });
  });

  it('targets a Lambda function without RoleArn and adds a permission scoped to this rule', () => {
    const t = connectRuleToTarget(design(), 'EventRule', 'Function');
    const rule = resourcesOf(t).EventRule as { Properties: { Targets: unknown[] } };
    expect(rule.Properties.Targets).toEqual([{ Id: 'Function', Arn: { 'Fn::GetAtt': ['Function', 'Arn'] } }]);
    expect(resourcesOf(t).EventRuleFunctionPermission).toEqual({
      Type: 'AWS::Lambda::Permission',
      Properties: {
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': ['Function', 'Arn'] },
        Principal: 'events.amazonaws.com',
        SourceArn: { 'Fn::GetAtt': ['EventRule', 'Arn'] },
      },
    });
  });

  it('refuses a second connection to the same target, a non-target, and a sixth target', () => {
    const once = connectRuleToTarget(design(), 'EventRule', 'Function');
    expect(connectRuleToTarget(once, 'EventRule', 'Function')).toBe(once);
    expect(whyCannotConnect(once, 'EventRule', 'Function')).toBe('EventRule already targets Function.');
    expect(whyCannotConnect(once, 'EventRule', 'FunctionExecutionRole')).toMatch(
      /not a Lambda function, a state machine, an SNS topic, an SQS queue or an event bus/,
    );
    let t = design();
    for (let i = 0; i < 5; i++) {
      const added = addLambdaFunction(t);
      t = connectRuleToTarget(added.template, 'EventRule', added.id);
    }
    const sixth = addLambdaFunction(t);
    expect(whyCannotConnect(sixth.template, 'EventRule', sixth.id)).toBe('A rule can have at most 5 targets.');
    expect(connectRuleToTarget(sixth.template, 'EventRule', sixth.id)).toBe(sixth.template);
  });

  it('does not change the input template', () => {
    const before = design();
    const snapshot = JSON.stringify(before);
    connectRuleToTarget(before, 'EventRule', 'StateMachine');
    expect(JSON.stringify(before)).toBe(snapshot);
  });
});

/** A rule, a topic, a queue and a custom bus: EventRule, Topic, Queue, CustomEventBus. */
function serviceDesign(): Template {
  let t = emptyTemplate();
  for (const add of [addRule, addSnsTopic, addSqsQueue, addEventBus]) t = add(t).template;
  return t;
}

/** What the validator says of a template: errors, and any finding of the SNS, SQS and event bus rules. */
const problems = (t: Template) =>
  validate(t)
    .filter((d) => d.severity === 'error' || /^(SNS|SQS|BUS)-/.test(d.ruleId))
    .map((d) => `${d.ruleId} ${d.message}`);

const statementsOf = (t: Template, policyId: string) =>
  (propertiesOf(resourcesOf(t)[policyId]).PolicyDocument as { Statement: unknown[] }).Statement;

describe('connectRuleToTarget: SNS topics, SQS queues and event buses', () => {
  it('targets a topic by Ref (its ARN) and adds a topic policy letting EventBridge publish, without condition', () => {
    const t = connectRuleToTarget(serviceDesign(), 'EventRule', 'Topic');
    expect(targetsOf(t, 'EventRule')).toEqual([{ Id: 'Topic', Arn: { Ref: 'Topic' } }]);
    expect(resourcesOf(t).TopicPolicy).toEqual({
      Type: 'AWS::SNS::TopicPolicy',
      Properties: {
        Topics: [{ Ref: 'Topic' }],
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'AllowEventBridgeToPublish',
              Effect: 'Allow',
              Principal: { Service: 'events.amazonaws.com' },
              Action: 'sns:Publish',
              Resource: { Ref: 'Topic' },
            },
          ],
        },
      },
    });
    expect(problems(t)).toEqual([]);
  });

  it('a second rule on the same topic reuses the statement, which serves every rule', () => {
    const once = connectRuleToTarget(addRule(serviceDesign()).template, 'EventRule', 'Topic');
    const twice = connectRuleToTarget(once, 'EventRule2', 'Topic');
    expect(targetsOf(twice, 'EventRule2')).toEqual([{ Id: 'Topic', Arn: { Ref: 'Topic' } }]);
    expect(resourcesOf(twice).TopicPolicy).toBe(resourcesOf(once).TopicPolicy);
    expect(Object.keys(resourcesOf(twice)).filter((id) => resourcesOf(twice)[id]!.Type === 'AWS::SNS::TopicPolicy')).toEqual([
      'TopicPolicy',
    ]);
    expect(problems(twice)).toEqual([]);
  });

  it("extends a topic's own policy rather than adding a second one (a topic has one policy)", () => {
    const own = {
      Type: 'AWS::SNS::TopicPolicy',
      Properties: {
        Topics: [{ Ref: 'Topic' }],
        PolicyDocument: {
          Statement: { Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'sns:Publish', Resource: '*' },
        },
      },
    };
    const base = serviceDesign();
    const t = connectRuleToTarget({ ...base, Resources: { ...resourcesOf(base), Alerts: own } }, 'EventRule', 'Topic');
    expect(resourcesOf(t).TopicPolicy).toBeUndefined();
    expect(statementsOf(t, 'Alerts')).toEqual([
      own.Properties.PolicyDocument.Statement,
      expect.objectContaining({ Sid: 'AllowEventBridgeToPublish', Resource: { Ref: 'Topic' } }),
    ]);
    expect(problems(t)).toEqual([]);
  });

  it('targets a queue by its ARN and adds a queue policy letting EventBridge send for this rule only', () => {
    const t = connectRuleToTarget(serviceDesign(), 'EventRule', 'Queue');
    expect(targetsOf(t, 'EventRule')).toEqual([{ Id: 'Queue', Arn: { 'Fn::GetAtt': ['Queue', 'Arn'] } }]);
    expect(resourcesOf(t).QueuePolicy).toEqual({
      Type: 'AWS::SQS::QueuePolicy',
      Properties: {
        Queues: [{ Ref: 'Queue' }],
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'AllowEventRuleToSendMessage',
              Effect: 'Allow',
              Principal: { Service: 'events.amazonaws.com' },
              Action: 'sqs:SendMessage',
              Resource: { 'Fn::GetAtt': ['Queue', 'Arn'] },
              Condition: { ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': ['EventRule', 'Arn'] } } },
            },
          ],
        },
      },
    });
    expect(problems(t)).toEqual([]);
  });

  it('a second rule on the same queue gets a statement of its own in the same policy', () => {
    const once = connectRuleToTarget(addRule(serviceDesign()).template, 'EventRule', 'Queue');
    const twice = connectRuleToTarget(once, 'EventRule2', 'Queue');
    expect(statementsOf(twice, 'QueuePolicy').map((s) => (s as { Sid: string }).Sid)).toEqual([
      'AllowEventRuleToSendMessage',
      'AllowEventRule2ToSendMessage',
    ]);
    expect(problems(twice)).toEqual([]);
  });

  it("adds no statement when the queue is already the rule's dead-letter queue, whose statement lets EventBridge send for the rule", () => {
    const withFunction = connectRuleToTarget(addLambdaFunction(serviceDesign()).template, 'EventRule', 'Function');
    const { template, queueId } = addDeadLetterQueue(withFunction, 'EventRule', 0);
    const t = connectRuleToTarget(template, 'EventRule', queueId);
    expect(statementsOf(t, `${queueId}Policy`)).toEqual(statementsOf(template, `${queueId}Policy`));
    expect(problems(t)).toEqual([]);
  });

  it('a FIFO queue target gets a message group and the queue content-based deduplication', () => {
    const fifo = setResourceProperty(setResourceProperty(serviceDesign(), 'Queue', 'QueueName', 'orders.fifo'), 'Queue', 'FifoQueue', true);
    const t = connectRuleToTarget(fifo, 'EventRule', 'Queue');
    expect(targetsOf(t, 'EventRule')).toEqual([
      { Id: 'Queue', Arn: { 'Fn::GetAtt': ['Queue', 'Arn'] }, SqsParameters: { MessageGroupId: 'EventRule' } },
    ]);
    expect(propertiesOf(resourcesOf(t).Queue)).toEqual({ QueueName: 'orders.fifo', FifoQueue: true, ContentBasedDeduplication: true });
    expect(problems(t)).toEqual([]);
  });

  it('targets another event bus with a role that EventBridge assumes and that may put events on that bus only', () => {
    const t = connectRuleToTarget(serviceDesign(), 'EventRule', 'CustomEventBus');
    expect(targetsOf(t, 'EventRule')).toEqual([
      {
        Id: 'CustomEventBus',
        Arn: { 'Fn::GetAtt': ['CustomEventBus', 'Arn'] },
        RoleArn: { 'Fn::GetAtt': ['EventRuleCustomEventBusRole', 'Arn'] },
      },
    ]);
    expect(resourcesOf(t).EventRuleCustomEventBusRole).toEqual({
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        },
        Policies: [
          {
            PolicyName: 'PutEvents',
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: ['events:PutEvents'], Resource: [{ 'Fn::GetAtt': ['CustomEventBus', 'Arn'] }] }],
            },
          },
        ],
      },
    });
    expect(problems(t)).toEqual([]);
  });

  it('connects a rule on a custom bus to another custom bus, and (as AWS documents no refusal) to its own bus', () => {
    const second = addEventBus(serviceDesign()); // CustomEventBus2
    const onBus = connectBusToRule(second.template, 'CustomEventBus', 'EventRule');
    const t = connectRuleToTarget(onBus, 'EventRule', second.id);
    expect(problems(t)).toEqual([]);
    expect(whyCannotConnect(onBus, 'EventRule', 'CustomEventBus')).toBeUndefined();
    expect(problems(connectRuleToTarget(onBus, 'EventRule', 'CustomEventBus'))).toEqual([]);
  });

  it('connects one rule to a topic, a queue, a bus, a function and a state machine at once, with no problem', () => {
    let t = addStateMachine(addLambdaFunction(serviceDesign()).template).template;
    for (const target of ['Topic', 'Queue', 'CustomEventBus', 'Function', 'StateMachine']) t = connectRuleToTarget(t, 'EventRule', target);
    expect(targetsOf(t, 'EventRule').map((x) => x.Id)).toEqual(['Topic', 'Queue', 'CustomEventBus', 'Function', 'StateMachine']);
    expect(problems(t)).toEqual([]);
  });

  it('the validator would object without what the connection generates, so the checks above can fail', () => {
    let t = serviceDesign();
    for (const target of ['Topic', 'Queue', 'CustomEventBus']) t = connectRuleToTarget(t, 'EventRule', target);
    const bare = withTargets(withoutResources(t, ['TopicPolicy', 'QueuePolicy', 'EventRuleCustomEventBusRole']), 'EventRule', [
      { Id: 'Topic', Arn: { Ref: 'Topic' } },
      { Id: 'Queue', Arn: { 'Fn::GetAtt': ['Queue', 'Arn'] } },
      { Id: 'CustomEventBus', Arn: { 'Fn::GetAtt': ['CustomEventBus', 'Arn'] } },
    ]);
    expect(
      problems(bare)
        .map((p) => p.split(' ')[0])
        .sort(),
    ).toEqual(['BUS-06', 'SNS-01', 'SQS-01']);
  });

  it('does not change the input template', () => {
    const before = serviceDesign();
    const snapshot = JSON.stringify(before);
    for (const target of ['Topic', 'Queue', 'CustomEventBus']) connectRuleToTarget(before, 'EventRule', target);
    expect(JSON.stringify(before)).toBe(snapshot);
  });
});
