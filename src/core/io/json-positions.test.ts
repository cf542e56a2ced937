import { describe, expect, it } from 'vitest';
import { positionOfPointer } from './json-positions';

const text = [
  '{',
  '  "Resources": {',
  '    "Rule": {',
  '      "Type": "AWS::Events::Rule",',
  '      "Properties": { "Targets": [ { "Id": "a" } ] }',
  '    }',
  '  }',
  '}',
].join('\n');

describe('positionOfPointer', () => {
  it('finds the key of the property a pointer names', () => {
    expect(positionOfPointer(text, '/Resources/Rule')).toEqual({ offset: 23, length: 6, line: 3, column: 5 });
    expect(positionOfPointer(text, '/Resources/Rule/Properties/Targets/0/Id')).toMatchObject({ line: 5, column: 38 });
  });

  it('falls back to the nearest existing parent', () => {
    expect(positionOfPointer(text, '/Resources/Rule/Properties/Targets/0/RoleArn')).toMatchObject({ line: 5, column: 36 });
    expect(positionOfPointer(text, '/Resources/Missing/Properties')).toMatchObject({ line: 2, column: 3 });
  });

  it('handles escaped pointer segments and the root', () => {
    expect(positionOfPointer('{"a/b": {"~c": 1}}', '/a~1b/~0c')).toMatchObject({ line: 1, column: 10 });
    expect(positionOfPointer(text, '')).toMatchObject({ line: 1, column: 1 });
    expect(positionOfPointer('not json', '/a')).toBeUndefined();
  });
});
