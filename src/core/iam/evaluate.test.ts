import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wildcardMatch } from './wildcard';
import { conditionHolds } from './conditions';
import { evaluate, type SourcedStatement } from './evaluate';
import { statementsOf } from './policy-document';
import type { Json } from '../template/json';

const literal = (v: Json) => (typeof v === 'string' ? v : undefined);
const doc = (...Statement: Json[]): SourcedStatement[] =>
  statementsOf({ Version: '2012-10-17', Statement }).map((statement) => ({ statement, pointer: statement.pointer }));
const SM = 'arn:aws:states:eu-west-1:123456789012:stateMachine:orders';
const start = { action: 'states:StartExecution', resource: SM, context: {} };

describe('wildcardMatch', () => {
  it('matches * and ? as IAM does, actions without case, ARNs with it', () => {
    expect(wildcardMatch('states:Start*', 'states:StartExecution')).toBe(true);
    expect(wildcardMatch('STATES:startexecution', 'states:StartExecution', true)).toBe(true);
    expect(wildcardMatch('STATES:startexecution', 'states:StartExecution')).toBe(false);
    expect(wildcardMatch('arn:aws:states:*:*:stateMachine:order?', SM)).toBe(true);
    expect(wildcardMatch('arn:aws:states:*:*:stateMachine:order', SM)).toBe(false);
    expect(wildcardMatch('*', '')).toBe(true);
  });

  it('agrees with a regular expression on random patterns', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab*?]{0,8}$/), fc.stringMatching(/^[ab]{0,8}$/), (pattern, value) => {
        const re = new RegExp(`^${pattern.replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
        expect(wildcardMatch(pattern, value)).toBe(re.test(value));
      }),
    );
  });
});

describe('evaluate', () => {
  it('allows what an Allow statement covers, and nothing else', () => {
    const policy = doc({ Effect: 'Allow', Action: 'states:StartExecution', Resource: SM });
    expect(evaluate(policy, start, literal).decision).toBe('allow');
    expect(evaluate(policy, { ...start, resource: `${SM}-2` }, literal).decision).toBe('implicit-deny');
    expect(evaluate(policy, { ...start, action: 'states:StopExecution' }, literal).decision).toBe('implicit-deny');
  });

  it('lets an explicit Deny win over any Allow, and names the Deny', () => {
    const policy = doc(
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Effect: 'Deny', Action: 'states:Start*', Resource: 'arn:aws:states:*:*:stateMachine:*' },
    );
    const e = evaluate(policy, start, literal);
    expect(e.decision).toBe('explicit-deny');
    expect(e.deciding.map((d) => d.pointer)).toEqual(['/Statement/1']);
  });

  it('understands NotAction and NotResource', () => {
    expect(evaluate(doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }), start, literal).decision).toBe('allow');
    expect(evaluate(doc({ Effect: 'Allow', NotAction: 'states:*', Resource: '*' }), start, literal).decision).toBe('implicit-deny');
    expect(evaluate(doc({ Effect: 'Allow', Action: 'states:*', NotResource: SM }), start, literal).decision).toBe('implicit-deny');
  });

  it('says unknown when a statement cannot be read, never allow or deny by guess', () => {
    expect(
      evaluate(doc({ Effect: 'Allow', Action: 'states:StartExecution', Resource: { 'Fn::If': ['x', SM, '*'] } }), start, literal).decision,
    ).toBe('unknown');
    const unknownDeny = doc(
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Effect: 'Deny', Action: '*', Resource: '*', Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } } },
    );
    expect(evaluate(unknownDeny, { ...start, context: { 'aws:MultiFactorAuthAge': '10' } }, literal).decision).toBe('unknown');
    // A condition on a key the request does not carry simply does not hold.
    expect(evaluate(unknownDeny, start, literal).decision).toBe('allow');
  });

  it('evaluates a trust policy for EventBridge with its confused-deputy conditions', () => {
    const trust = doc({
      Effect: 'Allow',
      Principal: { Service: ['events.amazonaws.com'] },
      Action: 'sts:AssumeRole',
      Condition: {
        ArnLike: { 'aws:SourceArn': 'arn:aws:events:eu-west-1:123456789012:rule/orders-*' },
        StringEquals: { 'AWS:SourceAccount': '123456789012' },
      },
    });
    const request = (rule: string, account = '123456789012') => ({
      action: 'sts:AssumeRole',
      principalService: 'events.amazonaws.com',
      context: { 'aws:SourceArn': `arn:aws:events:eu-west-1:${account}:rule/${rule}`, 'aws:SourceAccount': account },
    });
    expect(evaluate(trust, request('orders-created'), literal).decision).toBe('allow');
    expect(evaluate(trust, request('payments'), literal).decision).toBe('implicit-deny');
    expect(evaluate(trust, request('orders-created', '999999999999'), literal).decision).toBe('implicit-deny');
    expect(evaluate(trust, { ...request('orders-created'), principalService: 'lambda.amazonaws.com' }, literal).decision).toBe(
      'implicit-deny',
    );
  });
});

describe('conditionHolds', () => {
  const ctx = { 'aws:SourceArn': 'arn:aws:events:us-east-1:1:rule/a', 'aws:SourceAccount': '1' };
  it('handles negated operators, IfExists, Null and missing keys', () => {
    expect(conditionHolds({ StringNotEquals: { 'aws:SourceAccount': '2' } }, ctx, literal)).toBe(true);
    expect(conditionHolds({ ArnNotLike: { 'aws:SourceArn': 'arn:aws:events:*:*:rule/a' } }, ctx, literal)).toBe(false);
    expect(conditionHolds({ StringEquals: { 'aws:PrincipalOrgID': 'o-1' } }, ctx, literal)).toBe(false);
    expect(conditionHolds({ StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-1' } }, ctx, literal)).toBe(true);
    expect(conditionHolds({ Null: { 'aws:SourceArn': 'false' } }, ctx, literal)).toBe(true);
    expect(conditionHolds({ Bool: { 'aws:SourceAccount': 'true' } }, ctx, literal)).toBeUndefined();
  });
});
