import { describe, expect, it } from 'vitest';
import { addLambdaFunction } from './add-lambda-function';
import { addRule } from './add-rule';
import { addStateMachine } from './add-state-machine';
import { connectRuleToTarget, whyCannotConnect } from './connect-rule-to-target';
import { emptyTemplate } from './empty-template';
import { resourcesOf } from '../template/resources';
import type { Template } from '../template/types';

function design(): Template {
  let t = emptyTemplate();
  t = addRule(t).template; // EventRule
  t = addLambdaFunction(t).template; // Function
  t = addStateMachine(t).template; // StateMachine
  return t;
}

describe('connectRuleToTarget', () => {
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
    expect(whyCannotConnect(once, 'EventRule', 'FunctionExecutionRole')).toMatch(/not a Lambda function or a state machine/);
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
