import { describe, expect, it } from 'vitest';
import type { Json, JsonObject } from '../template/json';
import type { Template } from '../template/types';
import { evaluate } from '../iam/evaluate';
import { rolePoliciesOf } from '../iam/role-policies';
import { assignmentsFor } from '../resolve/assignments';
import { resolveString } from '../resolve/resolve-value';
import { expandSam } from './expand-sam';
import { sourcePathOf } from './source-path';
import { findings, fn, onOrder, props, sam, sm } from './sam-fixtures.test-helper';

describe('policy templates', () => {
  const policies: Json[] = [
    { StepFunctionsExecutionPolicy: { StateMachineName: { 'Fn::GetAtt': ['S', 'Name'] } } },
    { LambdaInvokePolicy: { FunctionName: 'other' } },
    { SQSSendMessagePolicy: { QueueName: 'q' } },
    { SNSPublishMessagePolicy: { TopicName: 't' } },
    { EventBridgePutEventsPolicy: { EventBusName: 'default' } },
    'AmazonS3ReadOnlyAccess',
    { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] },
    { DynamoDBCrudPolicy: { TableName: 't' } },
    { LambdaInvokePolicy: {} },
  ];
  const e = expandSam(sam({ F: fn({ Policies: policies }), S: sm({}) }));

  it('become inline policies of the execution role, as the policy template list gives them', () => {
    const p = props(e.template, 'FRole');
    expect((p.Policies as JsonObject[]).map((x) => x.PolicyName)).toEqual([
      'FRolePolicy0',
      'FRolePolicy1',
      'FRolePolicy2',
      'FRolePolicy3',
      'FRolePolicy4',
      'FRolePolicy6',
    ]);
    expect((p.Policies as JsonObject[])[0]!.PolicyDocument).toEqual({
      Statement: [
        {
          Action: ['states:StartExecution'],
          Effect: 'Allow',
          Resource: {
            'Fn::Sub': [
              'arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${stateMachineName}',
              { stateMachineName: { 'Fn::GetAtt': ['S', 'Name'] } },
            ],
          },
        },
      ],
    });
    const actions = rolePoliciesOf(e.template, 'FRole').statements.map((s) => s.statement.action);
    expect(actions).toEqual([
      ['states:StartExecution'],
      ['lambda:InvokeFunction'],
      ['sqs:SendMessage*'],
      ['sns:Publish'],
      ['events:PutEvents'],
      ['s3:GetObject'],
    ]);
    expect(p.ManagedPolicyArns).toEqual([
      { 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' },
      { 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/AmazonS3ReadOnlyAccess' },
    ]);
  });

  it('that are not modelled are noted, and one without its parameter is reported', () => {
    expect(e.problems).toEqual([
      {
        kind: 'unexpanded',
        path: ['Resources', 'F', 'Properties', 'Policies', 7, 'DynamoDBCrudPolicy'],
        message: expect.stringContaining('DynamoDBCrudPolicy is not expanded') as unknown as string,
      },
      {
        kind: 'malformed',
        path: ['Resources', 'F', 'Properties', 'Policies', 8, 'LambdaInvokePolicy'],
        message: expect.stringContaining('needs the parameter FunctionName') as unknown as string,
      },
    ]);
  });

  it('are read by the permission checks: the role may start the state machine only when a policy allows it', () => {
    const withRole = (pol: Json[]) =>
      expandSam(
        sam({
          S: sm({}),
          Invoker: fn({
            AssumeRolePolicyDocument: {
              Statement: [{ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sts:AssumeRole' }],
            },
            Policies: pol,
          }),
          R: {
            Type: 'AWS::Events::Rule',
            Properties: {
              EventPattern: { source: ['x'] },
              Targets: [{ Id: 's', Arn: { Ref: 'S' }, RoleArn: { 'Fn::GetAtt': ['InvokerRole', 'Arn'] } }],
            },
          },
        }),
      ).template;
    const mayStart = (t: Template) => {
      const a = assignmentsFor(t)[0]!;
      const request = { action: 'states:StartExecution', resource: resolveString(t, { Ref: 'S' }, a)!, context: {} };
      return evaluate(rolePoliciesOf(t, 'InvokerRole').statements, request, (v) => resolveString(t, v, a)).decision;
    };
    const allowed = withRole([{ StepFunctionsExecutionPolicy: { StateMachineName: { 'Fn::GetAtt': ['S', 'Name'] } } }]);
    expect(mayStart(allowed)).toBe('allow');
    expect(findings(allowed)).toEqual([]);
    expect(mayStart(withRole([{ SQSSendMessagePolicy: { QueueName: 'q' } }]))).toBe('implicit-deny');
  });
});

describe('function properties', () => {
  it('take Globals.Function: the function wins for single values, maps are merged', () => {
    const e = expandSam(
      sam(
        { F: fn({ Runtime: 'python3.13', Environment: { Variables: { B: '2' } } }) },
        { Globals: { Function: { Runtime: 'nodejs20.x', Timeout: 30, Environment: { Variables: { A: '1' } } } } },
      ),
    );
    expect(props(e.template, 'F')).toMatchObject({ Runtime: 'python3.13', Timeout: 30, Environment: { Variables: { A: '1', B: '2' } } });
    expect(e.template.Globals).toBeUndefined();
  });

  it('keep a given Role, and then SAM makes no role', () => {
    const e = expandSam(sam({ F: fn({ Role: 'arn:aws:iam::123456789012:role/r', Events: { A: onOrder } }) }));
    expect(props(e.template, 'F').Role).toBe('arn:aws:iam::123456789012:role/r');
    expect(e.generated.has('FRole')).toBe(false);
    expect(findings(e.template)).toEqual([]);
  });

  it('with AutoPublishAlias make the events invoke the alias, and Ref Fn.Alias name it', () => {
    const e = expandSam(
      sam({ F: fn({ AutoPublishAlias: 'live', Events: { A: onOrder } }) }, { Outputs: { A: { Value: { Ref: 'F.Alias' } } } }),
    );
    expect(props(e.template, 'FAliaslive')).toEqual({
      FunctionName: { Ref: 'F' },
      FunctionVersion: { 'Fn::GetAtt': ['FVersion', 'Version'] },
      Name: 'live',
    });
    expect(props(e.template, 'FA').Targets).toMatchObject([{ Arn: { Ref: 'FAliaslive' } }]);
    expect(props(e.template, 'FAPermission').FunctionName).toEqual({ Ref: 'FAliaslive' });
    expect(e.template.Outputs).toEqual({ A: { Value: { Ref: 'FAliaslive' } } });
    expect(findings(e.template)).toEqual([]);
  });
});

describe('sourcePathOf', () => {
  const t = sam({ F: fn({ Events: { A: { Type: 'EventBridgeRule', Properties: { Pattern: { source: ['x'] }, RuleName: 'r' } } } }) });
  const e = expandSam(t);
  const from = (...segments: (string | number)[]) => sourcePathOf(t, e.generated, segments)?.join('/');

  it('points a place in a generated resource at what the user wrote', () => {
    const event = 'Resources/F/Properties/Events/A';
    expect(from('Resources', 'FA', 'Properties', 'EventPattern', 'source')).toBe(`${event}/Properties/Pattern/source`);
    expect(from('Resources', 'FA', 'Properties', 'Name')).toBe(`${event}/Properties/RuleName`);
    expect(from('Resources', 'FA', 'Properties', 'Targets', 0, 'Id')).toBe(`${event}/Properties`);
    expect(from('Resources', 'FAPermission', 'Properties', 'SourceArn')).toBe(`${event}/Properties`);
    expect(from('Resources', 'F', 'Properties', 'Runtime')).toBe('Resources/F/Properties/Runtime');
    expect(from('Resources', 'FRole', 'Properties', 'Policies', 0)).toBe('Resources/F/Properties');
    expect(from('Resources', 'Other')).toBeUndefined();
  });
});
