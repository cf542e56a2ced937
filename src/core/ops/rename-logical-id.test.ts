import { describe, expect, it } from 'vitest';
import { renameLogicalId, whyCannotRename } from './rename-logical-id';
import { seedDesign } from './seed-design';
import { resourcesOf } from '../template/resources';

describe('renameLogicalId', () => {
  it('rewrites every Ref, GetAtt (both forms), Sub variable, DependsOn and output that names the resource', () => {
    const t = {
      Resources: {
        Fn: { Type: 'AWS::Lambda::Function', Properties: { FunctionName: 'f' } },
        Other: {
          Type: 'AWS::SNS::Topic',
          DependsOn: ['Fn'],
          Properties: {
            A: { Ref: 'Fn' },
            B: { 'Fn::GetAtt': ['Fn', 'Arn'] },
            C: { 'Fn::GetAtt': 'Fn.Arn' },
            D: { 'Fn::Sub': 'x-${Fn}-${Fn.Arn}-${!Fn}-${Fnord}' },
            E: { 'Fn::Sub': ['${Fn}', { Fn: 'shadowed' }] },
          },
        },
      },
      Outputs: { O: { Value: { Ref: 'Fn' } } },
    };
    const next = renameLogicalId(t, 'Fn', 'Handler');
    expect(Object.keys(resourcesOf(next))).toEqual(['Handler', 'Other']);
    expect(resourcesOf(next).Other).toEqual({
      Type: 'AWS::SNS::Topic',
      DependsOn: ['Handler'],
      Properties: {
        A: { Ref: 'Handler' },
        B: { 'Fn::GetAtt': ['Handler', 'Arn'] },
        C: { 'Fn::GetAtt': 'Handler.Arn' },
        D: { 'Fn::Sub': 'x-${Handler}-${Handler.Arn}-${!Fn}-${Fnord}' },
        E: { 'Fn::Sub': ['${Fn}', { Fn: 'shadowed' }] },
      },
    });
    expect(next.Outputs).toEqual({ O: { Value: { Ref: 'Handler' } } });
  });

  it('refuses ids that are not alphanumeric or already used, leaving the design unchanged', () => {
    const t = seedDesign();
    expect(whyCannotRename(t, 'TestStateMachine', 'my-machine')).toBe('A logical ID may contain only letters and digits (A-Z, a-z, 0-9).');
    expect(whyCannotRename(t, 'TestStateMachine', 'TestLambdaFunction')).toBe(
      'TestLambdaFunction is already used in Resources; logical IDs must be unique.',
    );
    expect(whyCannotRename(t, 'TestStateMachine', '')).toBe('A logical ID must be 1 to 255 characters long.');
    expect(renameLogicalId(t, 'TestStateMachine', 'my-machine')).toBe(t);
  });
});
