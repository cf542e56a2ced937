import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePattern } from './validate-pattern';

// Cases checked against the matcher EventBridge uses (aws/event-ruler), kept beside the project.
const conformance = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../../shared/conformance/${name}`, import.meta.url), 'utf8')) as unknown[];

interface InvalidCase {
  id: string;
  pattern: unknown;
  reason: string;
}
interface SourcedCase {
  id: string;
  pattern?: unknown;
  patternText?: string;
  jsUnsafe?: boolean;
}
interface GeneratedCase {
  id: string;
  pattern: unknown;
  expect: 'match' | 'no match' | 'invalid';
}

// Checks this validator does not make (yet): wildcard complexity and exact-double precision.
const NOT_CHECKED = [/too complex/i, /Cannot compare number/];
// The parser's own words for text that is not JSON (Jackson's), which this validator does not copy.
const PARSER_WORDS = [/Unrecognized token|Unexpected character/];

describe('validatePattern against the conformance cases', () => {
  it('refuses every pattern EventBridge refuses', () => {
    const cases = conformance('event-patterns-invalid.json') as InvalidCase[];
    const missed = cases
      .filter((c) => !NOT_CHECKED.some((r) => r.test(c.reason)) && validatePattern(c.pattern).length === 0)
      .map((c) => `${c.id}: ${c.reason}`);
    expect(missed).toEqual([]);
  });

  it("gives EventBridge's own reason where the case records it", () => {
    const cases = (conformance('event-patterns-invalid.json') as InvalidCase[]).filter(
      (c) =>
        c.reason.startsWith('Event pattern is not valid. Reason: ') && ![...NOT_CHECKED, ...PARSER_WORDS].some((r) => r.test(c.reason)),
    );
    const wrong = cases
      .map((c) => ({
        c,
        reason: c.reason.replace('Event pattern is not valid. Reason: ', '').split('\n')[0]!,
        got: validatePattern(c.pattern).map((p) => p.message),
      }))
      .filter(({ reason, got }) => !got.some((m) => m === reason || reason.startsWith(m)))
      .map(({ c, got }) => `${c.id}: want "${c.reason}", got ${JSON.stringify(got)}`);
    expect(wrong).toEqual([]);
  });

  it('accepts every pattern that EventBridge accepts', () => {
    const sourced = (conformance('event-patterns-sourced.json') as SourcedCase[]).filter((c) => !c.jsUnsafe && c.pattern !== undefined);
    const generated = (conformance('event-patterns.json') as GeneratedCase[]).filter((c) => c.expect !== 'invalid');
    const refused = [...sourced, ...generated].flatMap((c) => {
      const problems = validatePattern(c.pattern);
      return problems.length > 0 ? [`${c.id}: ${problems[0]!.message}`] : [];
    });
    expect(refused).toEqual([]);
  });

  it('refuses the generated cases marked invalid', () => {
    const generated = (conformance('event-patterns.json') as GeneratedCase[]).filter((c) => c.expect === 'invalid');
    expect(generated.filter((c) => validatePattern(c.pattern).length === 0).map((c) => c.id)).toEqual([]);
  });
});

describe('validatePattern', () => {
  it('says where a pattern breaks', () => {
    expect(validatePattern({ source: 'aws.ec2' })).toEqual([{ message: '"source" must be an object or an array', pointer: '/source' }]);
    expect(validatePattern({ detail: { size: [{ numeric: ['>', 5, '>', 9] }] } })).toEqual([
      { message: 'Bad numeric range operator: >', pointer: '/detail/size/0/numeric/2' },
    ]);
    expect(validatePattern({ detail: { ip: [{ cidr: '10.0.0.0/32' }] } })).toEqual([
      { message: 'IPv4 mask bits must be < 32', pointer: '/detail/ip/0/cidr' },
    ]);
    expect(validatePattern([])).toEqual([{ message: 'Filter is not an object', pointer: '' }]);
    expect(validatePattern({ a: [`${'x'.repeat(4100)}`] })[0]!.message).toMatch(/at most 4096/);
  });
});
