import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validate } from './validate';
import { seedDesign } from '../ops/seed-design';
import type { ValidationRule } from './types';

describe('validate', () => {
  it("finds nothing wrong with the designer's own seed design", () => {
    expect(validate(seedDesign())).toEqual([]);
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expect(Array.isArray(validate(value))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on template-shaped JSON with odd resources and intrinsics', () => {
    const intrinsic = fc.oneof(
      fc.record({ Ref: fc.jsonValue() }),
      fc.record({ 'Fn::GetAtt': fc.jsonValue() }),
      fc.record({ 'Fn::Sub': fc.jsonValue() }),
      fc.record({ 'Fn::Join': fc.jsonValue() }),
    );
    const resource = fc.record({
      Type: fc.constantFrom(
        'AWS::Events::Rule',
        'AWS::Lambda::Function',
        'AWS::IAM::Role',
        'AWS::Lambda::Permission',
        'AWS::StepFunctions::StateMachine',
        'X',
      ),
      Properties: fc.dictionary(
        fc.constantFrom('Targets', 'Name', 'EventBusName', 'FunctionName', 'SourceArn', 'Policies', 'AssumeRolePolicyDocument'),
        fc.oneof(intrinsic, fc.jsonValue({ maxDepth: 3 })),
      ),
    });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('A', 'B', 'C', 'Rule', 'Fn'), resource), (resources) => {
        expect(() => validate({ Resources: resources })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('survives deep nesting and reference cycles', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    expect(() => validate({ Resources: { Q: { Type: 'AWS::SQS::Queue', Properties: { Tags: deep } } } })).not.toThrow();
    const cyclic = { Resources: { A: { Type: 'AWS::SQS::Queue', DependsOn: 'B' }, B: { Type: 'AWS::SQS::Queue', DependsOn: 'A' } } };
    expect(validate(cyclic).map((d) => d.ruleId)).toContain('CFN-12');
  });

  it('reports a rule that throws instead of throwing', () => {
    const broken: ValidationRule = {
      id: 'X-01',
      severity: 'error',
      title: 'Broken',
      why: 'for the test',
      source: 'https://example.com',
      check: () => {
        throw new Error('boom');
      },
    };
    expect(validate({}, [broken])).toEqual([
      { ruleId: 'X-01', severity: 'info', path: '', message: 'The check "Broken" could not judge this template (boom).' },
    ]);
  });

  it('orders errors before warnings before notes', () => {
    const d = validate({
      Resources: { 'bad-id': { Type: 'AWS::Events::Rule', Properties: { State: 'DISABLED', EventPattern: { source: ['a'] } } } },
    });
    expect(d.map((x) => x.severity)).toEqual(['error', 'info']);
  });
});
