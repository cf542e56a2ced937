import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validate } from '../validate/validate';
import { deriveGraph } from '../graph/derive-graph';
import { segmentsOf } from '../validate/pointer';
import { isJsonObject, type Json } from '../template/json';

/** Whether a JSON pointer names a place that exists in the value (or its parent, for a missing key). */
function pointsInto(value: Json, path: string): boolean {
  let v: Json | undefined = value;
  const segments = segmentsOf(path);
  for (const [i, s] of segments.entries()) {
    const next: Json | undefined = Array.isArray(v) ? v[Number(s)] : isJsonObject(v) ? v[s] : undefined;
    if (next === undefined) return i === segments.length - 1; // a finding may name the key that is missing
    v = next;
  }
  return true;
}

describe('SAM templates that are odd, malformed or hostile', () => {
  const intrinsic = fc.oneof(
    fc.record({ Ref: fc.jsonValue() }),
    fc.record({ 'Fn::GetAtt': fc.jsonValue() }),
    fc.record({ 'Fn::Sub': fc.jsonValue() }),
    fc.record({ 'Fn::If': fc.jsonValue() }),
  );
  const value = fc.oneof(intrinsic, fc.jsonValue({ maxDepth: 3 }));
  const event = fc.oneof(
    fc.record(
      {
        Type: fc.oneof(fc.constantFrom('EventBridgeRule', 'Schedule', 'ScheduleV2', 'CloudWatchEvent', 'SQS', 'Api', 'Nope'), value),
        Properties: fc.oneof(
          fc.dictionary(
            fc.constantFrom(
              'Pattern',
              'EventBusName',
              'Schedule',
              'Input',
              'State',
              'Enabled',
              'Target',
              'DeadLetterConfig',
              'RoleArn',
              'RuleName',
            ),
            value,
          ),
          value,
        ),
      },
      { requiredKeys: [] },
    ),
    value,
  );
  const resource = fc.record(
    {
      Type: fc.constantFrom('AWS::Serverless::Function', 'AWS::Serverless::StateMachine', 'AWS::Events::Rule', 'AWS::Serverless::Api'),
      Properties: fc.oneof(
        fc.record(
          {
            Events: fc.oneof(fc.dictionary(fc.constantFrom('OnOrder', 'Nightly', 'X'), event), value),
            Policies: value,
            Role: value,
            AutoPublishAlias: value,
            Targets: value,
          },
          { requiredKeys: [] },
        ),
        value,
      ),
    },
    { requiredKeys: ['Type'] },
  );
  const template = fc.record({
    Transform: fc.constantFrom('AWS::Serverless-2016-10-31', ['AWS::Serverless-2016-10-31'] as Json),
    Globals: fc.oneof(fc.record({ Function: value }), value),
    Resources: fc.dictionary(fc.constantFrom('Fn', 'Machine', 'FnOnOrder', 'FnRole', 'Rule'), resource),
  });

  it('never throw, and every finding points at a place in what the user wrote', () => {
    fc.assert(
      fc.property(template, (t) => {
        expect(() => deriveGraph(t as never)).not.toThrow();
        const found = validate(t);
        for (const d of found) expect(pointsInto(t as Json, d.path), `${d.ruleId} at ${d.path}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
