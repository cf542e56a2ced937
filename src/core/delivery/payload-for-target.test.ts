import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../template/json';
import { payloadForTarget } from './payload-for-target';

// The EC2 event and the templates of https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html
const event: JsonObject = {
  version: '0',
  id: '7bf73129-1428-4cd3-a780-95db273d1602',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '123456789012',
  time: '2015-11-11T21:29:54Z',
  region: 'us-east-1',
  resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111'],
  detail: { 'instance-id': 'i-0123456789', state: 'RUNNING' },
};
const context = {
  ruleArn: 'arn:aws:events:us-east-2:123456789012:rule/example',
  ruleName: 'example',
  ingestionTime: '2015-11-11T21:29:55Z',
};
const InputPathsMap = { timestamp: '$.time', instance: '$.detail.instance-id', state: '$.detail.state' };
const transformed = (InputTemplate: string, map: JsonObject = InputPathsMap) => {
  const result = payloadForTarget({ Id: 't', Arn: 'arn', InputTransformer: { InputPathsMap: map, InputTemplate } }, event, context);
  return result.ok ? result.text : `error: ${result.message}`;
};
const json = (text: string) => JSON.parse(text) as unknown;

describe('payloadForTarget', () => {
  it('sends the whole event when the target sets nothing', () => {
    expect(json((payloadForTarget({ Id: 't', Arn: 'a' }, event, context) as { text: string }).text)).toEqual(event);
  });

  it('sends Input instead of the event, and refuses Input that is not JSON text', () => {
    expect(payloadForTarget({ Id: 't', Arn: 'a', Input: '{"a":1}' }, event, context)).toMatchObject({
      ok: true,
      kind: 'input',
      text: '{\n  "a": 1\n}',
    });
    expect(payloadForTarget({ Id: 't', Arn: 'a', Input: '{a:1}' }, event, context)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not valid JSON/),
    });
  });

  it('sends the part InputPath selects: dot notation, brackets, array indices', () => {
    const at = (InputPath: string) => payloadForTarget({ Id: 't', Arn: 'a', InputPath }, event, context);
    expect(at('$.detail')).toMatchObject({ ok: true, text: JSON.stringify(event.detail, null, 2) });
    expect(at("$['detail']['state']")).toMatchObject({ ok: true, text: '"RUNNING"' });
    expect(at('$.resources[0]')).toMatchObject({ ok: true, text: '"arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111"' });
    expect(at('$.detail.missing')).toMatchObject({ ok: false, message: 'This event has nothing at $.detail.missing.' });
    expect(at('detail')).toMatchObject({ ok: false, message: expect.stringMatching(/not a JSON path/) });
  });

  it('refuses two of Input, InputPath and InputTransformer on one target', () => {
    expect(payloadForTarget({ Id: 't', Arn: 'a', Input: '{}', InputPath: '$' }, event, context)).toMatchObject({
      ok: false,
      kind: 'conflict',
    });
  });

  it("fills templates as the documentation's examples show", () => {
    expect(transformed('"instance <instance> is in <state>"')).toBe('"instance i-0123456789 is in RUNNING"');
    expect(transformed('"instance \\"<instance>\\" is in <state>"')).toBe('"instance \\"i-0123456789\\" is in RUNNING"');
    expect(json(transformed('{"instance" : <instance>, "state": <state>}'))).toEqual({ instance: 'i-0123456789', state: 'RUNNING' });
    expect(
      json(transformed('{"instance" : <instance>, "state": "<state>", "instanceStatus": "instance \\"<instance>\\" is in <state>"}')),
    ).toEqual({
      instance: 'i-0123456789',
      state: 'RUNNING',
      instanceStatus: 'instance "i-0123456789" is in RUNNING',
    });
    expect(json(transformed('{"instance" : <instance>, "state": [ 9, <state>, true ], "Transformed" : "Yes"}'))).toEqual({
      instance: 'i-0123456789',
      state: [9, 'RUNNING', true],
      Transformed: 'Yes',
    });
    expect(transformed('"<aws.events.rule-name> triggered"')).toBe('"example triggered"');
  });

  it('fills the reserved variables: rule ARN and name, the event without detail, the whole event', () => {
    const out = json(
      transformed('{"ruleArn": <aws.events.rule-arn>, "original": <aws.events.event>, "all": <aws.events.event.json>}'),
    ) as Record<string, unknown>;
    expect(out.ruleArn).toBe(context.ruleArn);
    expect(out.original).not.toHaveProperty('detail');
    expect(out.original).toHaveProperty('source', 'aws.ec2');
    expect(out.all).toEqual(event);
  });

  it('inserts objects and numbers as JSON, and notes paths the event does not have', () => {
    expect(json(transformed('{"d": <d>}', { d: '$.detail' }))).toEqual({ d: event.detail });
    const result = payloadForTarget(
      { Id: 't', Arn: 'a', InputTransformer: { InputPathsMap: { x: '$.detail.nothing' }, InputTemplate: '{"x": <x>, "s": "<x>!"}' } },
      event,
      context,
    );
    expect(result).toMatchObject({ ok: true, notes: ['<x>: the event has nothing at $.detail.nothing.'] });
    expect(json((result as { text: string }).text)).toEqual({ x: null, s: '!' });
  });
});
