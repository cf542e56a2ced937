import { describe, expect, it } from 'vitest';
import { readTemplate } from './read-template';

describe('readTemplate', () => {
  it('opens an object with Resources, in JSON or YAML', () => {
    expect(readTemplate('{"Resources": {}}')).toEqual({ ok: true, template: { Resources: {} }, format: 'json' });
    expect(readTemplate('Resources:\n  Q:\n    Type: AWS::SQS::Queue\n')).toEqual({
      ok: true,
      template: { Resources: { Q: { Type: 'AWS::SQS::Queue' } } },
      format: 'yaml',
    });
  });

  it('refuses what is not a template, saying what it is', () => {
    expect(readTemplate('[1, 2]')).toEqual({
      ok: false,
      problem: { message: 'This is a list, not a template: a template is an object with a "Resources" section.' },
    });
    expect(readTemplate('"text"')).toMatchObject({ ok: false, problem: { message: /a single string/ } });
    expect(readTemplate('{"Outputs": {}}')).toMatchObject({ ok: false, problem: { message: /no "Resources" section/ } });
    expect(readTemplate('just words')).toMatchObject({ ok: false, problem: { message: /a single string/ } });
  });
});
