import { describe, expect, it } from 'vitest';
import { positionOfPointerInYaml } from './yaml-positions';

const text = [
  'Resources:',
  '  Rule:',
  '    Type: AWS::Events::Rule',
  '    Properties:',
  '      Targets:',
  '        - Id: a',
  '          Arn: !GetAtt Fn.Arn',
].join('\n');

describe('positionOfPointerInYaml', () => {
  it('finds keys and list items, and falls back to the nearest parent', () => {
    expect(positionOfPointerInYaml(text, '/Resources/Rule')).toMatchObject({ line: 2, column: 3 });
    expect(positionOfPointerInYaml(text, '/Resources/Rule/Properties/Targets/0/Arn')).toMatchObject({ line: 7, column: 11 });
    expect(positionOfPointerInYaml(text, '/Resources/Rule/Properties/Targets/0/RoleArn')).toMatchObject({ line: 6, column: 11 });
  });
});
