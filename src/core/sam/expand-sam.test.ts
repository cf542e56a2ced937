import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Json, JsonObject } from '../template/json';
import type { Template } from '../template/types';
import { expandSam } from './expand-sam';
import { SAM, findings, fn, onOrder, props, res, sam, sm } from './sam-fixtures.test-helper';

describe('a template without the SAM transform', () => {
  it('comes back as it is, with nothing generated, when it has no AWS::Serverless resource', () => {
    const t: Template = { Resources: { Q: { Type: 'AWS::SQS::Queue' } } };
    const e = expandSam(t);
    expect(e.template).toBe(t);
    expect(e.generated.size).toBe(0);
    expect(e.problems).toEqual([]);
    expect(expandSam({ Transform: ['AWS::LanguageExtensions'], Resources: {} }).generated.size).toBe(0);
  });

  it("is expanded as SAM expands it when it has AWS::Serverless resources (as SAM's own test inputs do)", () => {
    const e = expandSam({ Resources: { F: fn({ Events: { OnOrder: onOrder } }) } });
    expect(res(e.template, 'F').Type).toBe('AWS::Lambda::Function');
    expect(res(e.template, 'FOnOrder').Type).toBe('AWS::Events::Rule');
  });

  it('is expanded when the transform is one of a list, and the other transforms stay', () => {
    const e = expandSam({ Transform: ['AWS::LanguageExtensions', SAM], Resources: { F: fn({}) } });
    expect(e.template.Transform).toEqual(['AWS::LanguageExtensions']);
    expect(res(e.template, 'F').Type).toBe('AWS::Lambda::Function');
  });
});

describe('a function with an EventBridgeRule event', () => {
  const t = sam({
    Fn: fn({
      FunctionName: 'order-fn',
      Events: {
        OnOrder: {
          Type: 'EventBridgeRule',
          Properties: {
            Pattern: { source: ['shop'] },
            EventBusName: { Ref: 'Bus' },
            RuleName: 'on-order',
            State: 'ENABLED',
            Input: '{"a":1}',
          },
        },
      },
    }),
    Bus: { Type: 'AWS::Events::EventBus', Properties: { Name: 'shop' } },
  });
  const e = expandSam(t);

  it('becomes a Lambda function of the same id with the role SAM makes for it', () => {
    expect(res(e.template, 'Fn').Type).toBe('AWS::Lambda::Function');
    expect(props(e.template, 'Fn')).toMatchObject({
      FunctionName: 'order-fn',
      Runtime: 'nodejs22.x',
      Role: { 'Fn::GetAtt': ['FnRole', 'Arn'] },
    });
    expect(props(e.template, 'FnRole').AssumeRolePolicyDocument).toMatchObject({
      Statement: [{ Principal: { Service: ['lambda.amazonaws.com'] } }],
    });
  });

  it('makes the rule <function><event> with the function as its target', () => {
    expect(res(e.template, 'FnOnOrder').Type).toBe('AWS::Events::Rule');
    expect(props(e.template, 'FnOnOrder')).toEqual({
      EventBusName: { Ref: 'Bus' },
      EventPattern: { source: ['shop'] },
      Name: 'on-order',
      State: 'ENABLED',
      Targets: [{ Arn: { 'Fn::GetAtt': ['Fn', 'Arn'] }, Id: 'FnOnOrderLambdaTarget', Input: '{"a":1}' }],
    });
  });

  it('makes the permission <rule>Permission that lets exactly this rule invoke the function', () => {
    expect(props(e.template, 'FnOnOrderPermission')).toEqual({
      Action: 'lambda:InvokeFunction',
      FunctionName: { Ref: 'Fn' },
      Principal: 'events.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': ['FnOnOrder', 'Arn'] },
    });
  });

  it('says where each generated resource comes from', () => {
    const from = ['Resources', 'Fn', 'Properties', 'Events', 'OnOrder'];
    expect(e.generated.get('Fn')).toEqual({ samResource: 'Fn', samType: 'AWS::Serverless::Function', path: ['Resources', 'Fn'] });
    expect(e.generated.get('FnOnOrder')).toEqual({ samResource: 'Fn', samType: 'AWS::Serverless::Function', event: 'OnOrder', path: from });
    expect(e.generated.get('FnOnOrderPermission')?.path).toEqual(from);
    expect(e.generated.has('Bus')).toBe(false);
  });

  it('leaves the original template untouched and gives the validator nothing to report', () => {
    expect(res(t, 'Fn').Type).toBe('AWS::Serverless::Function');
    expect(findings(e.template)).toEqual([]);
  });
});

describe('event properties', () => {
  it('take the target Id, Enabled, InputPath, InputTransformer, RetryPolicy and a given dead-letter queue', () => {
    const transformer = { InputPathsMap: { s: '$.detail.s' }, InputTemplate: '"<s>"' };
    const e = expandSam(
      sam({
        Q: { Type: 'AWS::SQS::Queue' },
        F: fn({
          Events: {
            A: {
              Type: 'CloudWatchEvent',
              Properties: { Pattern: { source: ['x'] }, Target: { Id: 'mine' }, Enabled: false, InputTransformer: transformer },
            },
            B: {
              Type: 'EventBridgeRule',
              Properties: { Pattern: { source: ['y'] }, InputPath: '$.detail', RetryPolicy: { MaximumRetryAttempts: 3 } },
            },
          },
        }),
      }),
    );
    expect(props(e.template, 'FA')).toMatchObject({ State: 'DISABLED', Targets: [{ Id: 'mine', InputTransformer: transformer }] });
    expect(props(e.template, 'FB').Targets).toEqual([
      { Arn: { 'Fn::GetAtt': ['F', 'Arn'] }, Id: 'FBLambdaTarget', InputPath: '$.detail', RetryPolicy: { MaximumRetryAttempts: 3 } },
    ]);
  });

  it('make SAM create a dead-letter queue and its policy for Type: SQS', () => {
    const e = expandSam(
      sam({
        F: fn({
          Events: { A: { Type: 'EventBridgeRule', Properties: { Pattern: { source: ['x'] }, DeadLetterConfig: { Type: 'SQS' } } } },
        }),
      }),
    );
    expect(props(e.template, 'FA').Targets).toMatchObject([{ DeadLetterConfig: { Arn: { 'Fn::GetAtt': ['FAQueue', 'Arn'] } } }]);
    expect(res(e.template, 'FAQueue').Type).toBe('AWS::SQS::Queue');
    expect(res(e.template, 'FAQueuePolicy').Type).toBe('AWS::SQS::QueuePolicy');
    expect(findings(e.template)).toEqual([]);
  });

  it('keep intrinsic functions as they are', () => {
    const pattern = { source: [{ Ref: 'Source' }], detail: { bucket: [{ 'Fn::Sub': '${AWS::StackName}-b' }] } };
    const e = expandSam(
      sam(
        {
          F: fn({
            Events: { A: { Type: 'EventBridgeRule', Properties: { Pattern: pattern, EventBusName: { 'Fn::ImportValue': 'bus' } } } },
          }),
        },
        { Parameters: { Source: { Type: 'String' } } },
      ),
    );
    expect(props(e.template, 'FA')).toMatchObject({ EventPattern: pattern, EventBusName: { 'Fn::ImportValue': 'bus' } });
  });
});

describe('a Schedule event', () => {
  it('makes a rule with a ScheduleExpression, and the permission', () => {
    const e = expandSam(
      sam({
        F: fn({
          Events: {
            Tick: { Type: 'Schedule', Properties: { Schedule: 'rate(5 minutes)', Name: 'tick', Description: 'd', Enabled: true } },
          },
        }),
      }),
    );
    expect(props(e.template, 'FTick')).toEqual({
      ScheduleExpression: 'rate(5 minutes)',
      Name: 'tick',
      Description: 'd',
      State: 'ENABLED',
      Targets: [{ Arn: { 'Fn::GetAtt': ['F', 'Arn'] }, Id: 'FTickLambdaTarget' }],
    });
    expect(res(e.template, 'FTickPermission').Type).toBe('AWS::Lambda::Permission');
    expect(findings(e.template)).toEqual([]);
  });
});

describe('a ScheduleV2 event', () => {
  it('makes an EventBridge Scheduler schedule and the role it invokes the function with', () => {
    const e = expandSam(
      sam({ F: fn({ Events: { Nightly: { Type: 'ScheduleV2', Properties: { ScheduleExpression: 'cron(0 3 * * ? *)' } } } }) }),
    );
    expect(res(e.template, 'FNightly')).toEqual({
      Type: 'AWS::Scheduler::Schedule',
      Properties: {
        ScheduleExpression: 'cron(0 3 * * ? *)',
        FlexibleTimeWindow: { Mode: 'OFF' },
        Name: 'FNightly',
        Target: { Arn: { 'Fn::GetAtt': ['F', 'Arn'] }, RoleArn: { 'Fn::GetAtt': ['FNightlyRole', 'Arn'] } },
      },
    });
    expect(props(e.template, 'FNightlyRole')).toMatchObject({
      AssumeRolePolicyDocument: { Statement: [{ Principal: { Service: ['scheduler.amazonaws.com'] } }] },
      Policies: [{ PolicyDocument: { Statement: [{ Action: 'lambda:InvokeFunction', Resource: { 'Fn::GetAtt': ['F', 'Arn'] } }] } }],
    });
    expect(e.generated.has('FNightlyPermission')).toBe(false);
    expect(findings(e.template)).toEqual([]);
  });

  it('uses the RoleArn it is given instead of making a role', () => {
    const e = expandSam(
      sam({
        F: fn({
          Events: { N: { Type: 'ScheduleV2', Properties: { ScheduleExpression: 'rate(1 hour)', RoleArn: 'arn:aws:iam::1:role/r' } } },
        }),
      }),
    );
    expect(props(e.template, 'FN').Target).toMatchObject({ RoleArn: 'arn:aws:iam::1:role/r' });
    expect(e.generated.has('FNRole')).toBe(false);
  });
});

describe('a state machine with EventBridge events', () => {
  const e = expandSam(
    sam({
      S: sm({
        Policies: [{ LambdaInvokePolicy: { FunctionName: { Ref: 'F' } } }],
        Events: {
          OnOrder: onOrder,
          Tick: { Type: 'Schedule', Properties: { Schedule: 'rate(1 day)', RoleArn: { 'Fn::GetAtt': ['Mine', 'Arn'] } } },
        },
      }),
      F: fn({}),
      Mine: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Statement: [{ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
          Policies: [
            {
              PolicyName: 'p',
              PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'states:StartExecution', Resource: { Ref: 'S' } }] },
            },
          ],
        },
      },
    }),
  );

  it('becomes a Step Functions state machine with its execution role', () => {
    expect(res(e.template, 'S').Type).toBe('AWS::StepFunctions::StateMachine');
    expect(props(e.template, 'S').RoleArn).toEqual({ 'Fn::GetAtt': ['SRole', 'Arn'] });
    expect(props(e.template, 'SRole').AssumeRolePolicyDocument).toMatchObject({
      Statement: [{ Principal: { Service: ['states.amazonaws.com'] } }],
    });
  });

  it('gives each rule target a role <rule>Role that EventBridge may assume to start the state machine', () => {
    expect(props(e.template, 'SOnOrder').Targets).toEqual([
      { Arn: { Ref: 'S' }, Id: 'SOnOrderStepFunctionsTarget', RoleArn: { 'Fn::GetAtt': ['SOnOrderRole', 'Arn'] } },
    ]);
    expect(props(e.template, 'SOnOrderRole')).toEqual({
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Action: ['sts:AssumeRole'], Effect: 'Allow', Principal: { Service: ['events.amazonaws.com'] } }],
      },
      Policies: [
        {
          PolicyName: 'SOnOrderRoleStartExecutionPolicy',
          PolicyDocument: { Statement: [{ Action: 'states:StartExecution', Effect: 'Allow', Resource: { Ref: 'S' } }] },
        },
      ],
    });
  });

  it("uses a Schedule's RoleArn instead of making a role", () => {
    expect(props(e.template, 'STick').Targets).toMatchObject([{ RoleArn: { 'Fn::GetAtt': ['Mine', 'Arn'] } }]);
    expect(e.generated.has('STickRole')).toBe(false);
  });

  it('passes the role checks for the targets SAM generates', () => {
    expect(findings(e.template)).toEqual([]);
  });
});

describe('other resources', () => {
  it('stay as they are, other SAM types included; an implicit API is created once', () => {
    const api = { Type: 'AWS::Serverless::Api', Properties: { StageName: 'prod' } };
    const table = { Type: 'AWS::Serverless::SimpleTable' };
    const e = expandSam(sam({ Api: api, T: table, F: fn({ Events: { Get: { Type: 'Api', Properties: { Path: '/', Method: 'get' } } } }) }));
    expect(res(e.template, 'Api')).toBe(api);
    expect(res(e.template, 'T')).toBe(table);
    expect(res(e.template, 'ServerlessRestApi')).toEqual({ Type: 'AWS::ApiGateway::RestApi' });
    expect(e.problems).toEqual([]);
  });

  it('are never overwritten by a resource SAM would make with the same id', () => {
    const mine = { Type: 'AWS::SNS::Topic' };
    const e = expandSam(sam({ F: fn({ Events: { A: onOrder } }), FA: mine }));
    expect(res(e.template, 'FA')).toBe(mine);
    expect(e.problems.map((p) => p.path)).toEqual([['Resources', 'F', 'Properties', 'Events', 'A']]);
  });
});

describe('malformed SAM sections', () => {
  const base = ['Resources', 'F', 'Properties'];
  const problemsOf = (properties: JsonObject) => expandSam(sam({ F: fn(properties) })).problems.map((p) => [p.kind, p.path.join('/')]);

  it('are reported at their place and skipped; event sources that are not EventBridge are left out silently', () => {
    expect(problemsOf({ Events: ['x'] })).toEqual([['malformed', [...base, 'Events'].join('/')]]);
    expect(
      problemsOf({
        Events: {
          NotObject: 'x',
          NoType: { Properties: {} },
          BadProps: { Type: 'EventBridgeRule', Properties: 'x' },
          NoSchedule: { Type: 'Schedule', Properties: {} },
          Typo: { Type: 'EventBridgeRule', Properties: { EventPattern: { source: ['x'] } } },
          Both: { Type: 'EventBridgeRule', Properties: { Pattern: {}, State: 'ENABLED', Enabled: true } },
          Queue: { Type: 'SQS', Properties: { Queue: 'arn' } },
          Bucket: { Type: 'S3', Properties: 'anything' },
        },
      }),
    ).toEqual([
      ['malformed', [...base, 'Events', 'NotObject'].join('/')],
      ['malformed', [...base, 'Events', 'NoType'].join('/')],
      ['malformed', [...base, 'Events', 'BadProps', 'Properties'].join('/')],
      ['malformed', [...base, 'Events', 'NoSchedule', 'Properties'].join('/')],
      ['malformed', [...base, 'Events', 'Typo', 'Properties', 'EventPattern'].join('/')],
      ['malformed', [...base, 'Events', 'Both', 'Properties', 'Enabled'].join('/')],
    ]);
  });

  it('never make the expansion throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (properties, events) => {
        const t = sam({
          F: { Type: 'AWS::Serverless::Function', Properties: properties as Json },
          G: fn({ Events: events as Json }),
          S: sm({ Events: { E: { Type: 'EventBridgeRule', Properties: events as Json } }, Policies: properties as Json }),
        });
        expandSam(t);
        expandSam({ Transform: SAM, Globals: properties as Json, Resources: properties as Json });
      }),
      { numRuns: 300 },
    );
  });
});
