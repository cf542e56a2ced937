import { describe, expect, it } from 'vitest';
import { conformance, lossless } from './conformance.test-helper';
import { matchPattern } from './match-pattern';
import { isPatternObject } from './pattern-json';
import { validatePattern } from './validate-pattern';

interface SourcedCase {
  id: string;
  authority: string;
  pattern: unknown;
  patternText?: string;
  event: unknown;
  eventText?: string;
  match: boolean;
  arrayConsistencySensitive?: boolean;
}
interface GeneratedCase {
  id: string;
  pattern: unknown;
  event: unknown;
  expect: 'match' | 'no match' | 'invalid';
}

function outcome(patternValue: unknown, event: unknown): 'match' | 'no match' | 'invalid' {
  if (!isPatternObject(patternValue) || validatePattern(patternValue).length > 0) return 'invalid';
  return matchPattern(patternValue, event as never).matches ? 'match' : 'no match';
}

describe('matchPattern against the conformance cases', () => {
  // 21 of these are "array consistent" (a match may not combine fields from different elements of
  // one array): that is what aws/event-ruler's rulesForJSONEvent does, and no AWS-recorded case
  // disagrees, so the designer follows it and says so in the sandbox.
  it('agrees with every sourced case (AWS-recorded, documented and event-ruler)', () => {
    const wrong = conformance<SourcedCase>('event-patterns-sourced.json').flatMap((c) => {
      const got = outcome(lossless(c.patternText, c.pattern), lossless(c.eventText, c.event));
      const want = c.match ? 'match' : 'no match';
      return got === want ? [] : [`${c.id} (${c.authority}): want ${want}, got ${got}`];
    });
    expect(wrong).toEqual([]);
  });

  it('agrees with every generated case (each operator against each kind of value)', () => {
    const wrong = conformance<GeneratedCase>('event-patterns.json').flatMap((c) => {
      const got = outcome(c.pattern, c.event);
      return got === c.expect ? [] : [`${c.id}: want ${c.expect}, got ${got} for ${JSON.stringify(c.pattern)}`];
    });
    expect(wrong).toEqual([]);
  });
});
