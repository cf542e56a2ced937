import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignmentsFor, decide } from './assignments';
import { resolveString } from './resolve-value';
import { attributeOf, refOf } from './return-values';
import { functionKeyOf, sameFunction } from './function-key';
import type { Template } from '../template/types';
import type { Json } from '../template/json';

const template: Template = {
  Parameters: { Stage: { Type: 'String', Default: 'prod' } },
  Resources: {
    Bus: { Type: 'AWS::Events::EventBus', Properties: { Name: 'orders' } },
    OnBus: { Type: 'AWS::Events::Rule', Properties: { Name: 'created', EventBusName: { Ref: 'Bus' } } },
    OnDefault: { Type: 'AWS::Events::Rule', Properties: { Name: 'nightly' } },
    Unnamed: { Type: 'AWS::Events::Rule', Properties: {} },
    Fn: { Type: 'AWS::Lambda::Function', Properties: { FunctionName: { 'Fn::Sub': 'handler-${Stage}' } } },
    Sm: { Type: 'AWS::StepFunctions::StateMachine', Properties: { StateMachineName: 'flow' } },
    Role: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'r', Path: '/service/' } },
  },
};
const [a] = assignmentsFor(template);

describe('return values', () => {
  it('builds rule ARNs as EventBridge does: the bus name is in them on a custom bus', () => {
    expect(attributeOf(template, 'OnDefault', 'Arn', a!, 0)).toBe('arn:aws:events:us-east-1:111111111111:rule/nightly');
    expect(attributeOf(template, 'OnBus', 'Arn', a!, 0)).toBe('arn:aws:events:us-east-1:111111111111:rule/orders/created');
    // Ref of a rule on a custom bus is "bus|name", not an ARN (cloudformation-coverage-roadmap#1131).
    expect(refOf(template, 'OnBus', a!, 0)).toBe('orders|created');
  });

  it('resolves Ref, GetAtt, Sub with parameters and pseudo parameters, Join and Select', () => {
    expect(resolveString(template, { Ref: 'Fn' }, a!)).toBe('handler-prod');
    expect(resolveString(template, { 'Fn::GetAtt': 'Sm.Arn' }, a!)).toBe('arn:aws:states:us-east-1:111111111111:stateMachine:flow');
    expect(resolveString(template, { 'Fn::GetAtt': ['Role', 'Arn'] }, a!)).toBe('arn:aws:iam::111111111111:role/service/r');
    expect(resolveString(template, { 'Fn::Sub': ['${AWS::Region}-${X}-${!Literal}', { X: { Ref: 'Stage' } }] }, a!)).toBe(
      'us-east-1-prod-${Literal}',
    );
    expect(resolveString(template, { 'Fn::Join': [':', ['a', { Ref: 'AWS::AccountId' }]] }, a!)).toBe('a:111111111111');
    expect(resolveString(template, { 'Fn::Select': [1, { 'Fn::Split': [',', 'x,y,z'] }] }, a!)).toBe('y');
    expect(resolveString(template, { 'Fn::If': ['c', 'x', 'y'] }, a!)).toBeUndefined();
  });

  it('gives a resource without a name a generated one, the same wherever it is referenced', () => {
    expect(attributeOf(template, 'Unnamed', 'Arn', a!, 0)).toBe(
      resolveString(template, { 'Fn::Sub': 'arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:rule/${Unnamed}' }, a!),
    );
  });

  it("gives a Kinesis stream's name for Ref and its stream ARN for Fn::GetAtt Arn, named or not", () => {
    const t = {
      Resources: { Named: { Type: 'AWS::Kinesis::Stream', Properties: { Name: 'orders' } }, Unnamed: { Type: 'AWS::Kinesis::Stream' } },
    };
    const [b] = assignmentsFor(t);
    expect(refOf(t, 'Named', b!, 0)).toBe('orders');
    expect(attributeOf(t, 'Named', 'Arn', b!, 0)).toBe('arn:aws:kinesis:us-east-1:111111111111:stream/orders');
    expect(resolveString(t, { 'Fn::Sub': 'arn:${AWS::Partition}:kinesis:${AWS::Region}:${AWS::AccountId}:stream/${Unnamed}' }, b!)).toBe(
      attributeOf(t, 'Unnamed', 'Arn', b!, 0),
    );
  });

  it('never throws and never loops, whatever the value', () => {
    const cyclic: Template = { Resources: { A: { Type: 'AWS::Lambda::Function', Properties: { FunctionName: { Ref: 'A' } } } } };
    expect(resolveString(cyclic, { Ref: 'A' }, a!)).toBeUndefined();
    fc.assert(fc.property(fc.jsonValue(), (v) => void resolveString(template, v as Json, a!)));
  });
});

describe('decide', () => {
  it('answers only when every deployment gives the same answer', () => {
    const all = assignmentsFor({
      Resources: { X: { Type: 'T', Properties: { A: 'arn:aws:states:eu-central-1:123456789012:stateMachine:x' } } },
    });
    expect(all.map((x) => x.region)).toContain('eu-central-1');
    expect(decide(all, () => true)).toBe('yes');
    expect(decide(all, (x) => x.region === 'eu-central-1')).toBe('unknown');
    expect(decide(all, () => undefined)).toBe('unknown');
  });
});

describe('functionKeyOf', () => {
  it('reads names, ARNs and partial ARNs with qualifiers as Lambda does', () => {
    const name = functionKeyOf('handler', a!)!;
    expect(sameFunction(name, functionKeyOf('arn:aws:lambda:us-east-1:111111111111:function:handler', a!)!)).toBe(true);
    expect(sameFunction(name, functionKeyOf('111111111111:function:handler', a!)!)).toBe(true);
    expect(sameFunction(name, functionKeyOf('handler:live', a!)!)).toBe(false);
    expect(functionKeyOf('arn:aws:lambda:eu-west-1:123456789012:function:h:7', a!)).toEqual({
      region: 'eu-west-1',
      account: '123456789012',
      name: 'h',
      qualifier: '7',
    });
  });
});
