import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { printYaml } from './print-yaml';
import { parseTemplateText } from './parse-template-text';
import { seedDesign } from '../ops/seed-design';

describe('printYaml', () => {
  it('writes intrinsics in short form', () => {
    const yaml = printYaml({
      Resources: {
        R: {
          Type: 'AWS::Events::Rule',
          Condition: 'IsProd',
          Properties: {
            Name: { 'Fn::Sub': '${AWS::StackName}-r' },
            EventBusName: { Ref: 'Bus' },
            Targets: [
              {
                Id: 'a',
                Arn: { 'Fn::GetAtt': ['Fn', 'Arn'] },
                RoleArn: { 'Fn::If': ['IsProd', { Ref: 'Role' }, { Ref: 'AWS::NoValue' }] },
              },
            ],
          },
        },
      },
    });
    expect(yaml).toBe(
      [
        'Resources:',
        '  R:',
        '    Type: AWS::Events::Rule',
        '    Condition: IsProd',
        '    Properties:',
        '      Name: !Sub ${AWS::StackName}-r',
        '      EventBusName: !Ref Bus',
        '      Targets:',
        '        - Id: a',
        '          Arn: !GetAtt Fn.Arn',
        '          RoleArn: !If',
        '            - IsProd',
        '            - !Ref Role',
        '            - !Ref AWS::NoValue',
        '',
      ].join('\n'),
    );
  });

  it('keeps the long form of a function whose argument is another function: a node takes one tag', () => {
    const yaml = printYaml({
      A: { 'Fn::ImportValue': { 'Fn::Sub': '${Stack}-VPC' } },
      B: { 'Fn::Select': ['0', { 'Fn::GetAZs': { Ref: 'AWS::Region' } }] },
    });
    expect(yaml).toBe(
      ['A:', '  Fn::ImportValue: !Sub ${Stack}-VPC', 'B: !Select', '  - "0"', '  - Fn::GetAZs: !Ref AWS::Region', ''].join('\n'),
    );
  });

  it('reads back to the same template: the seed design and random JSON', () => {
    const seed = seedDesign();
    expect(parseTemplateText(printYaml(seed), 'yaml')).toEqual({ ok: true, format: 'yaml', value: seed });
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.jsonValue({ maxDepth: 4 })), (value) => {
        const json = JSON.parse(JSON.stringify(value)) as object;
        const back = parseTemplateText(printYaml(json as never), 'yaml');
        expect(back).toEqual({ ok: true, format: 'yaml', value: json });
      }),
      { numRuns: 200 },
    );
  });
});
