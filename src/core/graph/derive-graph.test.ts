import { describe, expect, it } from 'vitest';
import { deriveGraph } from './derive-graph';
import { seedDesign } from '../ops/seed-design';
import { addEventBus } from '../ops/add-event-bus';
import { connectBusToRule, DEFAULT_BUS_ID } from '../ops/connect-bus-to-rule';
import { setResourceProperty } from '../ops/set-property';

describe('deriveGraph', () => {
  it('draws the seed: default bus, two rules, two targets, and how each target is authorised', () => {
    const g = deriveGraph(seedDesign());
    expect(g.nodes.map((n) => [n.id, n.kind, n.label])).toEqual([
      [DEFAULT_BUS_ID, 'bus', 'default'],
      ['FunctionExecutionRole', 'role', 'FunctionExecutionRole'],
      ['TestLambdaFunction', 'lambda', 'function-1'],
      ['StateMachineExecutionRole', 'role', 'StateMachineExecutionRole'],
      ['TestStateMachine', 'stateMachine', 'state-machine-1'],
      ['InvokeStateMachineEventRule', 'rule', 'start-state-machine'],
      ['InvokeLambdaFunctionEventRule', 'rule', 'start-lambda-function'],
      ['InvokeStateMachineEventRuleTestStateMachineRole', 'role', 'InvokeStateMachineEventRuleTestStateMachineRole'],
      [
        'InvokeLambdaFunctionEventRuleTestLambdaFunctionPermission',
        'permission',
        'InvokeLambdaFunctionEventRuleTestLambdaFunctionPermission',
      ],
    ]);
    expect(g.edges.filter((e) => e.kind !== 'reference')).toEqual([
      {
        id: 'bus:default-bus->InvokeStateMachineEventRule',
        kind: 'bus-rule',
        source: DEFAULT_BUS_ID,
        target: 'InvokeStateMachineEventRule',
      },
      {
        id: 'target:InvokeStateMachineEventRule[0]->TestStateMachine',
        kind: 'rule-target',
        source: 'InvokeStateMachineEventRule',
        target: 'TestStateMachine',
        targetIndex: 0,
        targetId: 'TestStateMachine',
        authorisation: { mechanism: 'role', roleId: 'InvokeStateMachineEventRuleTestStateMachineRole' },
      },
      {
        id: 'bus:default-bus->InvokeLambdaFunctionEventRule',
        kind: 'bus-rule',
        source: DEFAULT_BUS_ID,
        target: 'InvokeLambdaFunctionEventRule',
      },
      {
        id: 'target:InvokeLambdaFunctionEventRule[0]->TestLambdaFunction',
        kind: 'rule-target',
        source: 'InvokeLambdaFunctionEventRule',
        target: 'TestLambdaFunction',
        targetIndex: 0,
        targetId: 'TestLambdaFunction',
        authorisation: { mechanism: 'resource-policy', permissionIds: ['InvokeLambdaFunctionEventRuleTestLambdaFunctionPermission'] },
      },
    ]);
  });

  it('links roles and permissions to what they serve, by the property that references them', () => {
    const refs = deriveGraph(seedDesign()).edges.flatMap((e) =>
      e.kind === 'reference' ? [`${e.source} -${e.property}-> ${e.target}`] : [],
    );
    expect(refs).toEqual([
      'TestLambdaFunction -Role-> FunctionExecutionRole',
      'TestStateMachine -RoleArn-> StateMachineExecutionRole',
      'InvokeStateMachineEventRule -Targets[0].RoleArn-> InvokeStateMachineEventRuleTestStateMachineRole',
      'InvokeStateMachineEventRuleTestStateMachineRole -Policies[0]…Resource[0]-> TestStateMachine',
      'InvokeLambdaFunctionEventRuleTestLambdaFunctionPermission -SourceArn-> InvokeLambdaFunctionEventRule',
      'InvokeLambdaFunctionEventRuleTestLambdaFunctionPermission -FunctionName-> TestLambdaFunction',
    ]);
  });

  it('shows target services as their own kinds and any other resource type as a generic node', () => {
    const g = deriveGraph({
      Resources: {
        Queue: { Type: 'AWS::SQS::Queue' },
        Topic: { Type: 'AWS::SNS::Topic' },
        Table: { Type: 'AWS::DynamoDB::Table' },
        Odd: { Properties: {} },
      },
    });
    expect(g.nodes.slice(1).map((n) => [n.id, n.kind, n.detail])).toEqual([
      ['Queue', 'queue', 'Standard queue'],
      ['Topic', 'topic', 'Standard topic'],
      ['Table', 'resource', 'AWS::DynamoDB::Table'],
      ['Odd', 'resource', '(no Type)'],
    ]);
  });

  it('draws a target outside the template as a node named by its service and ARN', () => {
    const g = deriveGraph({
      Parameters: { AlertsArn: { Type: 'String' } },
      Resources: {
        Rule: {
          Type: 'AWS::Events::Rule',
          Properties: {
            EventPattern: { source: ['aws.ec2'] },
            Targets: [
              {
                Id: 'central',
                Arn: 'arn:aws:events:us-east-1:111122223333:event-bus/central',
                RoleArn: 'arn:aws:iam::111122223333:role/x',
              },
              { Id: 'alerts', Arn: { Ref: 'AlertsArn' } },
              { Id: 'queue', Arn: { 'Fn::Sub': 'arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:jobs' } },
            ],
          },
        },
      },
    });
    const outside = g.nodes.filter((n) => n.kind === 'external').map((n) => [n.id, n.label, n.detail]);
    expect(outside).toEqual([
      ['outside:Rule[0]', 'central', 'Event bus · outside this template'],
      ['outside:Rule[1]', 'AlertsArn', 'Target · outside this template'],
      ['outside:Rule[2]', 'jobs', 'SQS queue · outside this template'],
    ]);
    expect(g.edges.filter((e) => e.kind === 'rule-target').map((e) => e.target)).toEqual([
      'outside:Rule[0]',
      'outside:Rule[1]',
      'outside:Rule[2]',
    ]);
  });

  it('draws a SAM template as SAM deploys it, marking what SAM generates', () => {
    const g = deriveGraph({
      Transform: 'AWS::Serverless-2016-10-31',
      Resources: {
        Fn: {
          Type: 'AWS::Serverless::Function',
          Properties: {
            Runtime: 'python3.13',
            Handler: 'app.handler',
            CodeUri: 'src/',
            Events: { OnOrder: { Type: 'EventBridgeRule', Properties: { Pattern: { source: ['com.example'] } } } },
          },
        },
      },
    });
    const rule = g.nodes.find((n) => n.id === 'FnOnOrder');
    expect(rule).toMatchObject({ kind: 'rule', sam: { resource: 'Fn', event: 'OnOrder', samType: 'AWS::Serverless::Function' } });
    expect(g.nodes.find((n) => n.id === 'Fn')).toMatchObject({ kind: 'lambda', sam: { resource: 'Fn' } });
    const edge = g.edges.find((e) => e.kind === 'rule-target');
    expect(edge).toMatchObject({
      source: 'FnOnOrder',
      target: 'Fn',
      authorisation: { mechanism: 'resource-policy', permissionIds: ['FnOnOrderPermission'] },
    });
  });

  it('puts a rule on a custom bus by Ref, by name or by ARN', () => {
    const { template, id } = addEventBus(seedDesign());
    const rule = 'InvokeLambdaFunctionEventRule';
    const busEdge = (t: typeof template) => deriveGraph(t).edges.find((e) => e.kind === 'bus-rule' && e.target === rule)?.source;
    expect(busEdge(connectBusToRule(template, id, rule))).toBe(id);
    expect(busEdge(setResourceProperty(template, rule, 'EventBusName', 'custom-bus-1'))).toBe(id);
    expect(
      busEdge(setResourceProperty(template, rule, 'EventBusName', 'arn:aws:events:eu-west-1:123456789012:event-bus/custom-bus-1')),
    ).toBe(id);
    expect(busEdge(setResourceProperty(template, rule, 'EventBusName', 'someone-elses-bus'))).toBeUndefined();
  });

  it('shows a target with neither role nor permission as unauthorised', () => {
    const t = setResourceProperty(seedDesign(), 'InvokeLambdaFunctionEventRuleTestLambdaFunctionPermission', 'SourceArn', undefined);
    const edge = deriveGraph(t).edges.find((e) => e.kind === 'rule-target' && e.target === 'TestLambdaFunction');
    expect(edge).toMatchObject({ authorisation: { mechanism: 'none' } });
  });

  it('survives templates that are not what it expects', () => {
    for (const t of [
      {},
      { Resources: [] },
      { Resources: { A: null, B: { Type: 3 } } },
      { Resources: { R: { Type: 'AWS::Events::Rule', Properties: { Targets: 'x' } } } },
    ]) {
      expect(() => deriveGraph(t as never)).not.toThrow();
    }
  });
});

import { resourcesAroundTarget } from './related-resources';

describe('resourcesAroundTarget', () => {
  it('names the role of a state machine target and the permissions of a function target', () => {
    const t = seedDesign();
    expect(resourcesAroundTarget(t, 'InvokeStateMachineEventRule', 0)).toEqual(['InvokeStateMachineEventRuleTestStateMachineRole']);
    expect(resourcesAroundTarget(t, 'InvokeLambdaFunctionEventRule', 0)).toEqual([
      'InvokeLambdaFunctionEventRuleTestLambdaFunctionPermission',
    ]);
    expect(resourcesAroundTarget(t, 'InvokeLambdaFunctionEventRule', 1)).toEqual([]);
  });
});
