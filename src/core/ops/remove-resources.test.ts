import { describe, expect, it } from 'vitest';
import { removeResources } from './remove-resources';
import { disconnectTarget } from './disconnect-target';
import { seedDesign } from './seed-design';
import { resourcesOf } from '../template/resources';
import { targetsOf } from './targets';

const ids = (t: ReturnType<typeof seedDesign>) => Object.keys(resourcesOf(t)).sort();

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
