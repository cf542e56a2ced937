import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTemplateText } from './parse-template-text';

const seedAsPrinted = readFileSync(new URL('../../../examples/seed-article/as-printed.json', import.meta.url), 'utf8');

describe('parseTemplateText', () => {
  it('reads JSON', () => {
    expect(parseTemplateText('{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}')).toEqual({
      ok: true,
      format: 'json',
      value: { Resources: { Q: { Type: 'AWS::SQS::Queue' } } },
    });
  });

  it("says where the seed article's JSON breaks: its first trailing comma", () => {
    expect(parseTemplateText(seedAsPrinted)).toEqual({
      ok: false,
      format: 'json',
      problem: {
        message: 'Not valid JSON: a property name in double quotes was expected (a trailing comma before "}" is not allowed in JSON).',
        line: 11,
        column: 9,
      },
    });
  });

  it('refuses duplicate keys in JSON and YAML', () => {
    expect(parseTemplateText('{"Resources": {"A": {"Type": "x"}, "A": {"Type": "y"}}}')).toMatchObject({
      ok: false,
      problem: { message: /"A" appears twice/, line: 1, column: 36 },
    });
    expect(parseTemplateText('Resources:\n  A: 1\n  A: 2\n')).toMatchObject({ ok: false, problem: { message: /appears twice/, line: 3 } });
  });

  it('reads YAML with CloudFormation short-form tags', () => {
    const text = [
      'Resources:',
      '  Rule:',
      '    Type: AWS::Events::Rule',
      '    Properties:',
      '      Name: !Sub "${AWS::StackName}-rule"',
      '      EventBusName: !Ref Bus',
      '      Targets:',
      '        - Id: fn',
      '          Arn: !GetAtt Fn.Arn',
      '        - Id: sm',
      '          Arn: !Join [":", [!Ref AWS::Partition, x]]',
      '          RoleArn: !If [IsProd, !GetAtt [Role, Arn], !Ref AWS::NoValue]',
    ].join('\n');
    expect(parseTemplateText(text)).toEqual({
      ok: true,
      format: 'yaml',
      value: {
        Resources: {
          Rule: {
            Type: 'AWS::Events::Rule',
            Properties: {
              Name: { 'Fn::Sub': '${AWS::StackName}-rule' },
              EventBusName: { Ref: 'Bus' },
              Targets: [
                { Id: 'fn', Arn: { 'Fn::GetAtt': ['Fn', 'Arn'] } },
                {
                  Id: 'sm',
                  Arn: { 'Fn::Join': [':', [{ Ref: 'AWS::Partition' }, 'x']] },
                  RoleArn: { 'Fn::If': ['IsProd', { 'Fn::GetAtt': ['Role', 'Arn'] }, { Ref: 'AWS::NoValue' }] },
                },
              ],
            },
          },
        },
      },
    });
  });

  it('refuses what cannot be a template, with a reason', () => {
    expect(parseTemplateText('')).toMatchObject({ ok: false, problem: { message: /empty/ } });
    expect(parseTemplateText('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR')).toMatchObject({
      ok: false,
      problem: { message: /not a text file/ },
    });
    expect(parseTemplateText(`{"a": "${'x'.repeat(1024 * 1024)}"}`)).toMatchObject({ ok: false, problem: { message: /at most 1 MB/ } });
    expect(parseTemplateText('['.repeat(10_000) + ']'.repeat(10_000))).toMatchObject({
      ok: false,
      problem: { message: /nested more than 500 levels/, line: 1, column: 501 },
    });
  });

  it('refuses a YAML alias bomb instead of expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const result = parseTemplateText(lines.join('\n'));
    expect(result).toMatchObject({ ok: false, problem: { message: /alias bomb/ } });
  });

  it('says where YAML breaks', () => {
    expect(parseTemplateText('Resources:\n  Q:\n    Type: [unclosed\n')).toMatchObject({
      ok: false,
      format: 'yaml',
      problem: { line: expect.any(Number) },
    });
  });
});
