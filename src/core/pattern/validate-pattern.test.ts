import { describe, expect, it } from 'vitest';
import { conformance as load, lossless } from './conformance.test-helper';
import { readPatternText } from './read-pattern-text';
import { validatePattern } from './validate-pattern';

const problemsOf = (c: InvalidCase) => (c.patternText !== undefined ? readPatternText(c.patternText).problems : validatePattern(c.pattern));

const conformance = (name: string) => load<unknown>(name);

interface InvalidCase {
  id: string;
  pattern: unknown;
  patternText?: string;
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

// Checks this validator does not make (yet): wildcard complexity.
const NOT_CHECKED = [/too complex/i];
// The parser's own words for text that is not JSON (Jackson's), which this validator does not copy.
const PARSER_WORDS = [/Unrecognized token|Unexpected character/];

describe('validatePattern against the conformance cases', () => {
  it('refuses every pattern EventBridge refuses', () => {
    const cases = conformance('event-patterns-invalid.json') as InvalidCase[];
    const missed = cases
      .filter((c) => !NOT_CHECKED.some((r) => r.test(c.reason)) && problemsOf(c).length === 0)
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
        got: problemsOf(c).map((p) => p.message),
      }))
      .filter(({ reason, got }) => !got.some((m) => m === reason || reason.startsWith(m)))
      .map(({ c, got }) => `${c.id}: want "${c.reason}", got ${JSON.stringify(got)}`);
    expect(wrong).toEqual([]);
  });

  it('accepts every pattern that EventBridge accepts', () => {
    const sourced = (conformance('event-patterns-sourced.json') as SourcedCase[]).map((c) => ({
      ...c,
      pattern: lossless(c.patternText, c.pattern),
    }));
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
