import { describe, expect, it } from 'vitest';
import { seedDesign } from '../ops/seed-design';
import { setResourceProperty } from '../ops/set-property';
import { removeResources } from '../ops/remove-resources';
import { resourcesOf } from '../template/resources';
import { referencedId } from '../template/intrinsics';
import { targetsOf } from '../ops/targets';
import type { Template } from '../template/types';
import type { JsonObject } from '../template/json';
import { validate } from '../validate/validate';
import { SAMPLE_EVENTS } from './sample-events';
import { testEvent } from './test-event';
import { eventForPattern } from './event-for-pattern';
import { readPatternText } from '../pattern/read-pattern-text';

const sample = (id: string) => SAMPLE_EVENTS.find((s) => s.id === id)!.event;
const run = (template: Template, eventId: string, onBus?: string) => testEvent(template, sample(eventId), validate(template), onBus);
const byRule = (outcomes: ReturnType<typeof testEvent>) => Object.fromEntries(outcomes.map((o) => [o.ruleId, o]));

describe('testEvent', () => {
  it("sends the article's custom event to the rule that matches it, and its function is invoked", () => {
    const outcomes = byRule(run(seedDesign(), 'custom-start-lambda-function'));
    expect(outcomes.InvokeLambdaFunctionEventRule).toMatchObject({
      verdict: 'matches',
      targets: [{ resourceId: 'TestLambdaFunction', verdict: 'invoked', payload: { ok: true, kind: 'event' } }],
    });
    expect(outcomes.InvokeStateMachineEventRule).toMatchObject({
      verdict: 'no-match',
      mismatches: [{ path: 'detail-type', reason: 'no-value-matches', found: ['start-lambda-function'] }],
    });
  });

  it('shows a target as blocked, with the reason, when its permission is missing', () => {
    const permission = Object.entries(resourcesOf(seedDesign())).find(([, r]) => r.Type === 'AWS::Lambda::Permission')![0];
    const broken = removeResources(seedDesign(), [permission]);
    const [target] = byRule(run(broken, 'custom-start-lambda-function')).InvokeLambdaFunctionEventRule!.targets;
    expect(target).toMatchObject({
      verdict: 'blocked',
      reasons: [expect.stringMatching(/^Nothing allows EventBridge to invoke TestLambdaFunction/)],
    });
  });

  it('shows the state machine blocked when its role cannot be assumed by EventBridge', () => {
    const t = seedDesign();
    const roleId = referencedId(targetsOf(t, 'InvokeStateMachineEventRule')[0]!.RoleArn)!;
    const untrusted = setResourceProperty(t, roleId, 'AssumeRolePolicyDocument', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });
    const [target] = byRule(run(untrusted, 'custom-start-state-machine')).InvokeStateMachineEventRule!.targets;
    expect(target).toMatchObject({
      verdict: 'blocked',
      reasons: [expect.stringMatching(/trust policy does not let events\.amazonaws\.com assume it/)],
    });
  });

  it('says a disabled rule matches but invokes nothing, and a scheduled rule takes no events', () => {
    let t = setResourceProperty(seedDesign(), 'InvokeLambdaFunctionEventRule', 'State', 'DISABLED');
    t = setResourceProperty(t, 'InvokeStateMachineEventRule', 'EventPattern', undefined);
    t = setResourceProperty(t, 'InvokeStateMachineEventRule', 'ScheduleExpression', 'rate(5 minutes)');
    const outcomes = byRule(run(t, 'custom-start-lambda-function'));
    expect(outcomes.InvokeLambdaFunctionEventRule).toMatchObject({ verdict: 'disabled', targets: [] });
    expect(outcomes.InvokeStateMachineEventRule).toMatchObject({ verdict: 'schedule' });
  });

  it('delivers what the InputTransformer makes of the event', () => {
    const t = setResourceProperty(seedDesign(), 'InvokeLambdaFunctionEventRule', 'Targets', [
      {
        ...(resourcesOf(seedDesign()).InvokeLambdaFunctionEventRule!.Properties as { Targets: object[] }).Targets[0],
        InputTransformer: {
          InputPathsMap: { order: '$.detail.orderId' },
          InputTemplate: '{"order": <order>, "rule": <aws.events.rule-name>}',
        },
      },
    ]);
    const [target] = byRule(run(t, 'custom-start-lambda-function')).InvokeLambdaFunctionEventRule!.targets;
    expect(JSON.parse((target!.payload as { text: string }).text)).toEqual({ order: 'o-1002', rule: 'start-lambda-function' });
  });

  it('limits the test to one bus when asked', () => {
    const outcomes = run(seedDesign(), 'custom-start-lambda-function', 'SomeOtherBus');
    expect(outcomes.every((o) => o.verdict === 'other-bus')).toBe(true);
  });
});

describe('testEvent with SNS, SQS, CloudWatch Logs, Kinesis and event bus targets', () => {
  const trust = { Statement: [{ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
  const roleAllowing = (action: string, resource: JsonObject): JsonObject => ({
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: trust,
      Policies: [{ PolicyName: 'p', PolicyDocument: { Statement: [{ Effect: 'Allow', Action: action, Resource: resource }] } }],
    },
  });
  const template: Template = {
    Resources: {
      Rule: {
        Type: 'AWS::Events::Rule',
        Properties: {
          EventPattern: { source: ['shop'] },
          Targets: [
            { Id: 'topic', Arn: { Ref: 'Topic' } },
            { Id: 'queue', Arn: { 'Fn::GetAtt': ['Queue', 'Arn'] } },
            { Id: 'logs', Arn: { 'Fn::Sub': 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${Logs}' } },
            { Id: 'stream', Arn: { 'Fn::GetAtt': ['Stream', 'Arn'] }, RoleArn: { 'Fn::GetAtt': ['StreamRole', 'Arn'] } },
            { Id: 'bus', Arn: { 'Fn::GetAtt': ['Bus', 'Arn'] }, RoleArn: { 'Fn::GetAtt': ['BusRole', 'Arn'] } },
          ],
        },
      },
      Topic: { Type: 'AWS::SNS::Topic' },
      TopicPolicy: {
        Type: 'AWS::SNS::TopicPolicy',
        Properties: {
          Topics: [{ Ref: 'Topic' }],
          PolicyDocument: {
            Statement: [
              { Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sns:Publish', Resource: { Ref: 'Topic' } },
            ],
          },
        },
      },
      Queue: { Type: 'AWS::SQS::Queue' },
      Logs: { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: '/aws/events/shop' } },
      Stream: { Type: 'AWS::Kinesis::Stream', Properties: { Name: 'orders', ShardCount: 1 } },
      StreamRole: roleAllowing('kinesis:PutRecord', { 'Fn::GetAtt': ['Stream', 'Arn'] }),
      Bus: { Type: 'AWS::Events::EventBus', Properties: { Name: 'audit' } },
      BusRole: roleAllowing('events:PutEvents', { 'Fn::GetAtt': ['Bus', 'Arn'] }),
    },
  };
  const event = {
    version: '0',
    id: '1',
    'detail-type': 'Order',
    source: 'shop',
    account: '111111111111',
    time: '2025-01-01T00:00:00Z',
    region: 'us-east-1',
    resources: [],
    detail: {},
  };
  const targets = (t: Template) => Object.fromEntries(testEvent(t, event, validate(t))[0]!.targets.map((o) => [o.targetId, o]));

  it('are judged by their permission findings: invoked when nothing blocks them, blocked with the reason otherwise', () => {
    const outcome = targets(template);
    expect(outcome.topic).toMatchObject({ verdict: 'invoked', reasons: [] });
    expect(outcome.queue).toMatchObject({
      verdict: 'blocked',
      reasons: [expect.stringMatching(/^Nothing lets EventBridge send to queue Queue/)],
    });
    expect(outcome.stream).toMatchObject({ verdict: 'invoked' });
    expect(outcome.bus).toMatchObject({ verdict: 'invoked' });
  });

  it('leave a log group in doubt while no resource policy in the template lets EventBridge write to it (it may exist in the account)', () => {
    expect(targets(template).logs).toMatchObject({
      verdict: 'not-checked',
      reasons: [expect.stringMatching(/unless such a policy already exists/)],
    });
    const policy = {
      Type: 'AWS::Logs::ResourcePolicy',
      Properties: {
        PolicyName: 'events',
        PolicyDocument: {
          'Fn::Sub': JSON.stringify({
            Statement: [
              {
                Effect: 'Allow',
                Principal: { Service: 'events.amazonaws.com' },
                Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
                Resource: '${Logs.Arn}',
              },
            ],
          }),
        },
      },
    };
    const t = { ...template, Resources: { ...(template.Resources as object), LogsPolicy: policy } } as Template;
    expect(targets(t).logs).toMatchObject({ verdict: 'invoked' });
  });

  it('block a Kinesis or event bus target whose role may not put to it, and do not judge an SNS target that has a RoleArn', () => {
    let t = setResourceProperty(template, 'StreamRole', 'Policies', undefined);
    t = setResourceProperty(t, 'BusRole', 'Policies', undefined);
    const outcome = targets(t);
    expect(outcome.stream).toMatchObject({ verdict: 'blocked', reasons: [expect.stringMatching(/kinesis:PutRecord/)] });
    expect(outcome.bus).toMatchObject({ verdict: 'blocked', reasons: [expect.stringMatching(/events:PutEvents/)] });
    const rule = resourcesOf(template).Rule!.Properties as { Targets: object[] };
    const withRole = setResourceProperty(template, 'Rule', 'Targets', [
      { ...rule.Targets[0], RoleArn: { 'Fn::GetAtt': ['BusRole', 'Arn'] } },
    ]);
    expect(targets(withRole).topic).toMatchObject({ verdict: 'not-checked', reasons: [expect.stringMatching(/that have a RoleArn/)] });
  });
});

describe('eventForPattern', () => {
  it('builds an event each pattern matches, whatever its operators', () => {
    const patterns = [
      '{"source":["aws.ec2"],"detail":{"state":["running"]}}',
      '{"detail":{"key":[{"prefix":"img/"}],"name":[{"suffix":".png"}],"who":[{"equals-ignore-case":"Alice"}]}}',
      '{"detail":{"n":[{"numeric":[">",0,"<=",5]}],"m":[{"numeric":["<",-3]}],"ip":[{"cidr":"10.0.0.0/24"}]}}',
      '{"detail":{"s":[{"anything-but":["a","b"]}],"t":[{"anything-but":{"prefix":"x"}}],"gone":[{"exists":false}],"here":[{"exists":true}]}}',
      '{"detail":{"path":[{"wildcard":"dir/*/a\\\\*b.txt"}]},"$or":[{"source":["a"]},{"detail-type":["b"]}]}',
    ];
    for (const text of patterns) expect(eventForPattern(readPatternText(text).pattern!).matches, text).toBe(true);
  });
});
