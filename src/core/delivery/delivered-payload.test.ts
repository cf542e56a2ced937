import { describe, expect, it } from 'vitest';
import type { Json, JsonObject } from '../template/json';
import { deliveredPayload, type DeliveryContext } from './delivered-payload';
import { parsePath, valueAt } from './json-path';

// The sample event, InputPathsMap and templates of the "Input transform examples" table:
// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html
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
const { detail: _detail, ...eventWithoutDetail } = event;
const context: DeliveryContext = { ruleArn: 'arn:aws:events:us-east-2:123456789012:rule/example', ruleName: 'example' };
const docMap: JsonObject = { timestamp: '$.time', instance: '$.detail.instance-id', state: '$.detail.state', resource: '$.resources[0]' };

const transform = (InputTemplate: Json, InputPathsMap: Json = docMap, on: JsonObject = event, ctx = context) =>
  deliveredPayload({ Id: 't', Arn: 'arn', InputTransformer: { InputPathsMap, InputTemplate } }, on, ctx);
const at = (InputPath: Json) => deliveredPayload({ Id: 't', Arn: 'arn', InputPath }, event, context);

describe('deliveredPayload: the input transform examples of the user guide', () => {
  it('Simple string', () => {
    expect(transform('"instance <instance> is in <state>"')).toEqual({
      ok: true,
      kind: 'input-transformer',
      payload: 'instance i-0123456789 is in RUNNING',
      text: '"instance i-0123456789 is in RUNNING"',
    });
  });

  it('String with escaped quotes', () => {
    expect(transform('"instance \\"<instance>\\" is in <state>"')).toMatchObject({
      payload: 'instance "i-0123456789" is in RUNNING',
      text: '"instance \\"i-0123456789\\" is in RUNNING"',
    });
  });

  it('Simple JSON: a string variable outside quotes is sent as a JSON string, minified', () => {
    expect(transform('{\n  "instance" : <instance>,\n  "state": <state>\n}')).toMatchObject({
      payload: { instance: 'i-0123456789', state: 'RUNNING' },
      text: '{"instance":"i-0123456789","state":"RUNNING"}',
    });
  });

  it('JSON with strings and variables', () => {
    const template = '{"instance" : <instance>, "state": "<state>", "instanceStatus": "instance \\"<instance>\\" is in <state>"}';
    expect(transform(template)).toMatchObject({
      payload: { instance: 'i-0123456789', state: 'RUNNING', instanceStatus: 'instance "i-0123456789" is in RUNNING' },
    });
  });

  it('JSON with a mix of variables and static information', () => {
    expect(transform('{"instance" : <instance>, "state": [ 9, <state>, true ], "Transformed" : "Yes"}')).toMatchObject({
      payload: { instance: 'i-0123456789', state: [9, 'RUNNING', true], Transformed: 'Yes' },
    });
  });

  it('Including reserved variables in JSON: the original event comes without its detail', () => {
    const template =
      '{"instance" : <instance>, "state": <state>, "ruleArn" : <aws.events.rule-arn>, "ruleName" : <aws.events.rule-name>, "originalEvent" : <aws.events.event>}';
    expect(transform(template)).toMatchObject({
      payload: {
        instance: 'i-0123456789',
        state: 'RUNNING',
        ruleArn: context.ruleArn,
        ruleName: 'example',
        originalEvent: eventWithoutDetail,
      },
    });
  });

  it('Including reserved variables in a string', () => {
    expect(transform('"<aws.events.rule-name> triggered"')).toMatchObject({ payload: 'example triggered', text: '"example triggered"' });
  });

  it('Amazon CloudWatch log group: we send valid JSON where the docs show the log view', () => {
    // The docs print {"timestamp" : 2015-11-11T21:29:54Z, "message": "instance "i-0123456789" is in RUNNING},
    // which is not JSON and contradicts the Simple JSON example; we apply the same rules as the other rows.
    expect(transform('{"timestamp" : <timestamp>, "message": "instance \\"<instance>\\" is in <state>"}')).toMatchObject({
      payload: { timestamp: '2015-11-11T21:29:54Z', message: 'instance "i-0123456789" is in RUNNING' },
    });
  });
});

describe('deliveredPayload: the examples of the InputTransformer API reference', () => {
  // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_InputTransformer.html
  const apiEvent: JsonObject = { ...event, detail: { instance: 'i-0123456789', status: 'running' } };
  const apiMap: JsonObject = { instance: '$.detail.instance', status: '$.detail.status' };
  it('sends a template that is not JSON as plain text', () => {
    expect(transform('<instance> is in state <status>', apiMap, apiEvent)).toEqual({
      ok: true,
      kind: 'input-transformer',
      payload: 'i-0123456789 is in state running',
      text: 'i-0123456789 is in state running',
    });
    // The reference escapes these quotes only because its example is written inside a JSON request.
    expect(transform('<instance> is in state "<status>"', apiMap, apiEvent)).toMatchObject({ text: 'i-0123456789 is in state "running"' });
  });
  it('fills a JSON template with variables in quotes or out', () => {
    expect(transform('{"myInstance": <instance>,"myStatus": "<instance> is in state \\"<status>\\""}', apiMap, apiEvent)).toMatchObject({
      payload: { myInstance: 'i-0123456789', myStatus: 'i-0123456789 is in state "running"' },
    });
  });
});

describe('deliveredPayload: values, paths and predefined variables', () => {
  const data: JsonObject = {
    ...event,
    detail: { count: 3, ok: false, nothing: null, tags: ['a', 'b'], nested: { a: { b: 1 } }, quote: 'say "hi"' },
  };
  const fill = (InputTemplate: string, map: JsonObject) => transform(InputTemplate, map, data);

  it('inserts numbers, booleans, null, arrays and nested objects as JSON outside quotes', () => {
    const map = {
      count: '$.detail.count',
      ok: '$.detail.ok',
      nothing: '$.detail.nothing',
      tags: '$.detail.tags',
      nested: '$.detail.nested',
    };
    expect(fill('{"c": <count>, "o": <ok>, "n": <nothing>, "t": <tags>, "x": <nested>}', map)).toMatchObject({
      payload: { c: 3, o: false, n: null, t: ['a', 'b'], x: { a: { b: 1 } } },
    });
    expect(fill('{"c": "n=<count>", "second": <tag>}', { count: '$.detail.count', tag: '$.detail.tags[1]' })).toMatchObject({
      payload: { c: 'n=3', second: 'b' },
    });
  });

  it('does not escape values inside quotes, so an object or a quote there breaks the JSON', () => {
    expect(fill('{"x": "<nested>"}', { nested: '$.detail.nested' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not valid JSON/),
    });
    expect(fill('{"q": "<quote>"}', { quote: '$.detail.quote' })).toMatchObject({ ok: false, kind: 'input-transformer' });
  });

  it('drops a variable whose path the event lacks: empty inside quotes, invalid JSON outside', () => {
    expect(fill('{"s": "[<gone>]"}', { gone: '$.detail.gone' })).toMatchObject({ ok: true, payload: { s: '[]' } });
    expect(fill('{"s": <gone>}', { gone: '$.detail.gone' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('<gone> is empty because the event has nothing at $.detail.gone'),
    });
    expect(fill('"a<gone>b"', { gone: '$.detail.count.deeper' })).toMatchObject({ payload: 'ab' });
  });

  it('leaves placeholders that are neither mapped nor predefined as written', () => {
    expect(fill('"<b>bold</b> <count>"', { count: '$.detail.count' })).toMatchObject({ payload: '<b>bold</b> 3' });
  });

  it('inserts the whole event, the ingestion time when known, and refuses it when unknown', () => {
    expect(fill('{"all": <aws.events.event.json>}', {})).toMatchObject({ payload: { all: data } });
    const withTime = transform('{"at": <aws.events.event.ingestion-time>}', {}, event, {
      ...context,
      ingestionTime: '2015-11-11T21:29:55Z',
    });
    expect(withTime).toMatchObject({ payload: { at: '2015-11-11T21:29:55Z' } });
    expect(fill('{"at": <aws.events.event.ingestion-time>}', {})).toMatchObject({
      ok: false,
      message: expect.stringMatching(/ingestion time/),
    });
  });

  it('refuses reserved names, bracket notation in InputPathsMap, placeholders as keys, and odd shapes', () => {
    expect(fill('"<aws.events.rule-name>"', { 'aws.events.rule-name': '$.source' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/predefined/),
    });
    expect(fill('"<s>"', { s: "$['source']" })).toMatchObject({ ok: false, message: expect.stringMatching(/dot-notation/) });
    expect(fill('{<count>: 1}', { count: '$.detail.count' })).toMatchObject({ ok: false, message: expect.stringMatching(/object key/) });
    expect(transform({ 'Fn::Sub': '"<x>"' })).toMatchObject({ ok: false, message: expect.stringMatching(/cannot be evaluated/) });
    expect(transform('"<x>"', ['$.x'])).toMatchObject({ ok: false, kind: 'input-transformer' });
    expect(deliveredPayload({ Id: 't', Arn: 'a', InputTransformer: 'x' }, event, context)).toMatchObject({ ok: false });
  });
});

describe('deliveredPayload: no input settings, Input and InputPath', () => {
  it('sends the whole event when the target sets nothing', () => {
    expect(deliveredPayload({ Id: 't', Arn: 'a' }, event, context)).toEqual({
      ok: true,
      kind: 'event',
      payload: event,
      text: JSON.stringify(event),
    });
  });

  it('sends Input as written, and refuses Input that is not JSON text or not a string', () => {
    expect(deliveredPayload({ Id: 't', Arn: 'a', Input: '{ "a": [1, 2] }' }, event, context)).toEqual({
      ok: true,
      kind: 'input',
      payload: { a: [1, 2] },
      text: '{ "a": [1, 2] }',
    });
    expect(deliveredPayload({ Id: 't', Arn: 'a', Input: '{a:1}' }, event, context)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/valid JSON/),
    });
    expect(deliveredPayload({ Id: 't', Arn: 'a', Input: { 'Fn::Sub': '{}' } }, event, context)).toMatchObject({
      ok: false,
      kind: 'input',
      message: expect.stringMatching(/cannot be evaluated/),
    });
  });

  it('sends the part InputPath selects, in dot or bracket notation', () => {
    expect(at('$')).toMatchObject({ ok: true, kind: 'input-path', payload: event });
    expect(at('$.detail')).toMatchObject({ payload: event.detail, text: '{"instance-id":"i-0123456789","state":"RUNNING"}' });
    expect(at('$.detail.instance-id')).toMatchObject({ payload: 'i-0123456789', text: '"i-0123456789"' });
    expect(at('$[\'detail\']["state"]')).toMatchObject({ payload: 'RUNNING' });
    expect(at('$.resources[0]')).toMatchObject({ payload: 'arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111' });
  });

  it('refuses a missing path, a malformed path and a non-string InputPath', () => {
    expect(at('$.detail.missing')).toMatchObject({
      ok: false,
      kind: 'input-path',
      message: expect.stringMatching(/nothing at \$\.detail\.missing/),
    });
    expect(at('$.resources[3]')).toMatchObject({ ok: false });
    expect(at('detail')).toMatchObject({ ok: false, message: expect.stringMatching(/not a JSON path/) });
    expect(at('$.detail.*')).toMatchObject({ ok: false });
    expect(at({ Ref: 'P' })).toMatchObject({ ok: false, message: expect.stringMatching(/cannot be evaluated/) });
  });

  it('refuses a target that sets more than one of Input, InputPath and InputTransformer', () => {
    expect(deliveredPayload({ Id: 't', Arn: 'a', Input: '{}', InputPath: '$' }, event, context)).toMatchObject({
      ok: false,
      kind: 'input',
      message: 'Input and InputPath are set; a target takes at most one of them.',
    });
  });
});

describe('json-path', () => {
  it('reads dot, index and bracket steps, and bracket keys only when allowed', () => {
    expect(parsePath("$.a['b c'][2].d-e/f", true)).toEqual(['a', 'b c', 2, 'd-e/f']);
    expect(parsePath("$.a['b']", false)).toBeUndefined();
    expect(parsePath('$.a..b', true)).toBeUndefined();
    expect(valueAt({ a: [{ b: 1 }] }, ['a', 0, 'b'])).toBe(1);
    expect(valueAt({ a: 'text' }, ['a', 'length'])).toBeUndefined();
  });
});
