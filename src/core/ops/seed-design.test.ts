import { describe, expect, it } from 'vitest';
import { seedDesign } from './seed-design';
import { resourcesOf } from '../template/resources';

// The seed article's intent, with its three mistakes corrected: AssumeRolePolicyDocument inside
// Properties, Fn::GetAtt spelled right, no RoleArn on the Lambda target, and a permission for the rule.
describe('the seed scenario', () => {
  const t = seedDesign();
  const r = resourcesOf(t);

  it('starts the state machine through a role EventBridge can assume', () => {
    expect(r.InvokeStateMachineEventRule).toMatchObject({
      Type: 'AWS::Events::Rule',
      Properties: {
        Name: 'start-state-machine',
        EventBusName: 'default',
        EventPattern: { 'detail-type': ['start-state-machine'] },
        State: 'ENABLED',
        Targets: [
          {
            Id: 'TestStateMachine',
            Arn: { 'Fn::GetAtt': ['TestStateMachine', 'Arn'] },
            RoleArn: { 'Fn::GetAtt': ['InvokeStateMachineEventRuleTestStateMachineRole', 'Arn'] },
          },
        ],
      },
    });
    const role = r.InvokeStateMachineEventRuleTestStateMachineRole as { Properties: Record<string, unknown> };
    expect(Object.keys(role)).toEqual(['Type', 'Properties']);
    expect(role.Properties.AssumeRolePolicyDocument).toBeDefined();
  });

  it('invokes the function without RoleArn, authorised by a permission for exactly this rule', () => {
    const rule = r.InvokeLambdaFunctionEventRule as { Properties: { Targets: object[] } };
    expect(rule.Properties.Targets).toEqual([{ Id: 'TestLambdaFunction', Arn: { 'Fn::GetAtt': ['TestLambdaFunction', 'Arn'] } }]);
    expect(r.InvokeLambdaFunctionEventRuleTestLambdaFunctionPermission).toEqual({
      Type: 'AWS::Lambda::Permission',
      Properties: {
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': ['TestLambdaFunction', 'Arn'] },
        Principal: 'events.amazonaws.com',
        SourceArn: { 'Fn::GetAtt': ['InvokeLambdaFunctionEventRule', 'Arn'] },
      },
    });
  });

  it('uses no misspelled intrinsic anywhere', () => {
    expect(JSON.stringify(t)).not.toMatch(/Fn: :/);
  });
});
