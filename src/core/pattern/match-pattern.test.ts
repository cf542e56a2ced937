import { describe, expect, it } from 'vitest';
import { matchPattern } from './match-pattern';
import { parseLosslessJson } from './parse-lossless-json';
import type { PatternJson, PatternObject } from './pattern-json';
import { readPatternText } from './read-pattern-text';

const json = (text: string): PatternJson => {
  const parsed = parseLosslessJson(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};
const matches = (pattern: string, event: string) => {
  const read = readPatternText(pattern);
  if (!read.pattern || read.problems.length > 0) throw new Error(`invalid pattern ${pattern}: ${read.problems[0]?.message}`);
  return matchPattern(read.pattern, json(event)).matches;
};
const detail = (value: string) => `{"source":"s","detail":{"f":${value}}}`;
const on = (operator: string) => `{"detail":{"f":[${operator}]}}`;

// Examples from https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html
// and eb-event-patterns.html, plus the edge cases research/event-patterns.md §3-§6 lists.
describe('matchPattern', () => {
  it('matches exact values by type: "5" is not 5, "true" is not true, null is not "" or missing', () => {
    expect(matches(on('"running"'), detail('"running"'))).toBe(true);
    expect(matches(on('"running"'), detail('"Running"'))).toBe(false);
    expect(matches(on('5'), detail('"5"'))).toBe(false);
    expect(matches(on('true'), detail('"true"'))).toBe(false);
    expect(matches(on('null'), detail('null'))).toBe(true);
    expect(matches(on('null'), detail('""'))).toBe(false);
    expect(matches(on('null'), '{"detail":{}}')).toBe(false);
    expect(matches(on('""'), detail('""'))).toBe(true);
  });

  it('compares numbers by value (300 = 300.0 = 3e2), and numbers a double cannot hold by text only', () => {
    expect(matches(on('300'), detail('300.0'))).toBe(true);
    expect(matches(on('300'), detail('3e2'))).toBe(true);
    expect(matches(on('12345678901234567890'), detail('12345678901234567890'))).toBe(true);
    expect(matches(on('12345678901234567890'), detail('12345678901234567891'))).toBe(false);
    expect(matches(on('{"numeric":[">",0]}'), detail('12345678901234567890'))).toBe(false);
  });

  it('treats an array in the event as any of its values, nested arrays and arrays of objects too', () => {
    expect(matches('{"resources":["arn:b"]}', '{"resources":["arn:a","arn:b"]}')).toBe(true);
    expect(matches('{"resources":["arn:c"]}', '{"resources":["arn:a","arn:b"]}')).toBe(false);
    expect(matches('{"a":{"b":["x"]}}', '{"a":[{"b":"y"},{"b":"x"}]}')).toBe(true);
    expect(matches('{"a":["x"]}', '{"a":[["y"],["x"]]}')).toBe(true);
  });

  it('needs fields from one array to hold in the same element', () => {
    expect(matches('{"a":{"b":["1"],"c":["2"]}}', '{"a":[{"b":"1"},{"c":"2"}]}')).toBe(false);
    expect(matches('{"a":{"b":["1"],"c":["2"]}}', '{"a":[{"b":"1","c":"2"}]}')).toBe(true);
  });

  it('reads dots in keys as nesting, on both sides', () => {
    expect(matches('{"detail":{"state.status":["running"]}}', '{"detail":{"state":{"status":"running"}}}')).toBe(true);
    expect(matches('{"detail":{"state":{"status":["running"]}}}', '{"detail":{"state.status":"running"}}')).toBe(true);
  });

  it('does not look inside a string that holds JSON', () => {
    expect(matches('{"detail":{"k":["v"]}}', '{"detail":"{\\"k\\":\\"v\\"}"}')).toBe(false);
  });

  it('prefix, suffix and their equals-ignore-case forms, on strings only', () => {
    expect(matches(on('{"prefix":"us-"}'), detail('"us-east-1"'))).toBe(true);
    expect(matches(on('{"prefix":""}'), detail('"anything"'))).toBe(true);
    expect(matches(on('{"prefix":"1"}'), detail('12'))).toBe(false);
    expect(matches(on('{"suffix":".png"}'), detail('"a.PNG"'))).toBe(false);
    expect(matches(on('{"suffix":{"equals-ignore-case":".png"}}'), detail('"a.PNG"'))).toBe(true);
    expect(matches(on('{"prefix":{"equals-ignore-case":"EventB"}}'), detail('"eventbridge"'))).toBe(true);
  });

  it('equals-ignore-case folds each character of the pattern', () => {
    expect(matches(on('{"equals-ignore-case":"alice"}'), detail('"ALICE"'))).toBe(true);
    expect(matches(on('{"equals-ignore-case":"alice"}'), detail('"alicia"'))).toBe(false);
    expect(matches(on('{"equals-ignore-case":"straße"}'), detail('"STRASSE"'))).toBe(true);
    expect(matches(on('{"equals-ignore-case":"STRASSE"}'), detail('"straße"'))).toBe(false);
  });

  it('wildcard: "*" is any run of characters, "\\\\*" a star, whole value, case-sensitive', () => {
    expect(matches(on('{"wildcard":"dir/*.png"}'), detail('"dir/sub/a.png"'))).toBe(true);
    expect(matches(on('{"wildcard":"dir/*.png"}'), detail('"dir/a.png.txt"'))).toBe(false);
    expect(matches(on('{"wildcard":"*"}'), detail('""'))).toBe(true);
    expect(matches(on('{"wildcard":"*"}'), detail('5'))).toBe(false);
    expect(matches(on('{"wildcard":"a\\\\*b"}'), detail('"a*b"'))).toBe(true);
    expect(matches(on('{"wildcard":"a\\\\*b"}'), detail('"axb"'))).toBe(false);
  });

  it('numeric comparisons and ranges, on JSON numbers only', () => {
    expect(matches(on('{"numeric":[">",0,"<=",5]}'), detail('5'))).toBe(true);
    expect(matches(on('{"numeric":[">",0,"<=",5]}'), detail('0'))).toBe(false);
    expect(matches(on('{"numeric":["=",3.018e2]}'), detail('301.8'))).toBe(true);
    expect(matches(on('{"numeric":[">",0]}'), detail('"5"'))).toBe(false);
    expect(matches(on('{"numeric":[">",0]}'), detail('null'))).toBe(false);
    expect(matches(on('{"numeric":["<",0]}'), detail('-0'))).toBe(false);
  });

  it('anything-but: a present value not excluded; missing never matches, null and other types do', () => {
    expect(matches(on('{"anything-but":"initializing"}'), detail('"running"'))).toBe(true);
    expect(matches(on('{"anything-but":"initializing"}'), detail('"initializing"'))).toBe(false);
    expect(matches(on('{"anything-but":"initializing"}'), '{"detail":{}}')).toBe(false);
    expect(matches(on('{"anything-but":"initializing"}'), detail('null'))).toBe(true);
    expect(matches(on('{"anything-but":[100,200]}'), detail('3e2'))).toBe(true);
    expect(matches(on('{"anything-but":[100,300]}'), detail('3e2'))).toBe(false);
    expect(matches(on('{"anything-but":{"prefix":"init"}}'), detail('12'))).toBe(true);
    expect(matches(on('{"anything-but":{"suffix":".txt"}}'), detail('"a.txt"'))).toBe(false);
    expect(matches(on('{"anything-but":{"equals-ignore-case":["a","b"]}}'), detail('"B"'))).toBe(false);
    expect(matches(on('{"anything-but":{"wildcard":"*/lib/*"}}'), detail('"/usr/lib/x"'))).toBe(false);
    expect(matches(on('{"anything-but":"x"}'), detail('["x","y"]'))).toBe(true);
    expect(matches(on('{"anything-but":"x"}'), detail('["x","x"]'))).toBe(false);
  });

  it('exists works on leaves: null is there, an object or [] is not', () => {
    expect(matches(on('{"exists":true}'), detail('null'))).toBe(true);
    expect(matches(on('{"exists":true}'), detail('{"g":1}'))).toBe(false);
    expect(matches(on('{"exists":true}'), detail('[]'))).toBe(false);
    expect(matches(on('{"exists":false}'), '{"detail":{}}')).toBe(true);
    expect(matches(on('{"exists":false}'), detail('{"g":1}'))).toBe(true);
    expect(matches(on('{"exists":false}'), detail('""'))).toBe(false);
    expect(matches('{"a":{"b":[{"exists":false}]}}', '{"a":[{"b":1},{"c":2}]}')).toBe(false);
  });

  it('cidr on IPv4 and IPv6 strings; the textual forms of one address are equal', () => {
    expect(matches(on('{"cidr":"10.0.0.0/24"}'), detail('"10.0.0.255"'))).toBe(true);
    expect(matches(on('{"cidr":"10.0.0.0/24"}'), detail('"10.0.1.0"'))).toBe(false);
    expect(matches(on('{"cidr":"2001:db8:1234:1a00::/64"}'), detail('"2001:DB8:1234:1A00:0:0:0:9"'))).toBe(true);
    expect(matches(on('{"cidr":"10.0.0.0/8"}'), detail('"::ffff:10.0.0.1"'))).toBe(false);
    expect(matches(on('{"cidr":"10.0.0.0/8"}'), detail('167772161'))).toBe(false);
  });

  it('$or: any branch, AND-ed with its siblings; a value list is OR', () => {
    const pattern = '{"source":["aws.ec2"],"$or":[{"detail-type":["A"]},{"detail":{"n":[{"numeric":[">",5]}]}}]}';
    expect(matches(pattern, '{"source":"aws.ec2","detail-type":"B","detail":{"n":6}}')).toBe(true);
    expect(matches(pattern, '{"source":"aws.ec2","detail-type":"B","detail":{"n":5}}')).toBe(false);
    expect(matches(pattern, '{"source":"aws.s3","detail-type":"A"}')).toBe(false);
    expect(matches(on('"x",{"prefix":"pre"},{"numeric":[">",10]},{"exists":false}'), '{"detail":{}}')).toBe(true);
  });

  it('ignores the fields of the event that the pattern leaves out', () => {
    expect(matches('{"source":["s"]}', '{"source":"s","detail":{"anything":[1,2]}}')).toBe(true);
  });
});

describe('matchPattern explains a miss', () => {
  const explain = (pattern: string, event: string) => {
    const result = matchPattern(readPatternText(pattern).pattern as PatternObject, json(event));
    return result.matches ? [] : result.mismatches.map(({ path, reason, found, pointer }) => ({ path, reason, found, pointer }));
  };

  it('names the field, why, and the values the event has there', () => {
    expect(explain('{"source":["aws.ec2"],"detail":{"state":["running"]}}', '{"source":"aws.ec2","detail":{"state":"stopped"}}')).toEqual([
      { path: 'detail.state', reason: 'no-value-matches', found: ['stopped'], pointer: '/detail/state' },
    ]);
    expect(explain('{"detail-type":["X"]}', '{"source":"s"}')).toEqual([
      { path: 'detail-type', reason: 'missing', found: [], pointer: '/detail-type' },
    ]);
    expect(explain(on('{"exists":false}'), detail('1'))).toEqual([
      { path: 'detail.f', reason: 'present', found: [1], pointer: '/detail/f' },
    ]);
    expect(explain('{"a":{"b":["1"],"c":["2"]}}', '{"a":[{"b":"1"},{"c":"2"}]}').map((m) => m.reason)).toContain(
      'different-array-elements',
    );
  });
});

describe('readPatternText', () => {
  it('warns about a key given twice (EventBridge keeps the last) and refuses what is not JSON, with its offset', () => {
    expect(readPatternText('{"a":["x"],"a":["y"]}').warnings[0]).toMatchObject({
      message: '"a" appears twice here; EventBridge uses only the last one.',
    });
    expect(readPatternText('{"a":["x"],}').problems[0]).toMatchObject({ offset: 11 });
    expect(readPatternText('{"a":[{"numeric":["=",0.30000000000000001]}]}').problems[0]?.message).toBe(
      'Cannot compare number : 0.30000000000000001',
    );
  });
});
