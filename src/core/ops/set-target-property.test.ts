import { describe, expect, it } from 'vitest';
import { setTargetProperty } from './set-target-property';
import { setResourceProperties } from './set-properties';
import { seedDesign } from './seed-design';
import { targetsOf } from './targets';
import { resourcesOf } from '../template/resources';

describe('setTargetProperty', () => {
  it('sets and removes one key of one target', () => {
    const withRole = setTargetProperty(seedDesign(), 'InvokeLambdaFunctionEventRule', 0, 'RoleArn', 'arn:aws:iam::123456789012:role/x');
    expect(targetsOf(withRole, 'InvokeLambdaFunctionEventRule')[0]).toMatchObject({ RoleArn: 'arn:aws:iam::123456789012:role/x' });
    const without = setTargetProperty(withRole, 'InvokeLambdaFunctionEventRule', 0, 'RoleArn', undefined);
    expect(targetsOf(without, 'InvokeLambdaFunctionEventRule')[0]).not.toHaveProperty('RoleArn');
  });

  it('leaves the template alone for a target that is not there', () => {
    const t = seedDesign();
    expect(setTargetProperty(t, 'InvokeLambdaFunctionEventRule', 4, 'Id', 'x')).toBe(t);
  });
});

describe('setResourceProperties', () => {
  it('replaces Properties and keeps the rest of the resource', () => {
    const t = setResourceProperties({ Resources: { Q: { Type: 'AWS::SQS::Queue', DependsOn: 'X', Properties: { A: 1 } } } }, 'Q', { B: 2 });
    expect(resourcesOf(t).Q).toEqual({ Type: 'AWS::SQS::Queue', DependsOn: 'X', Properties: { B: 2 } });
  });
});
