import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyResources, pasteResources, readClipboard, writeClipboard, type Clipboard } from './copy-paste';
import { seedDesign } from './seed-design';
import { addEventBus } from './add-event-bus';
import { addRule } from './add-rule';
import { connectBusToRule, DEFAULT_BUS_ID } from './connect-bus-to-rule';
import { emptyTemplate } from './empty-template';
import { setResourceProperty } from './set-property';
import { targetsOf } from './targets';
import { addSnsTopic } from './add-sns-topic';
import { addSqsQueue } from './add-sqs-queue';
import { connectRuleToTarget } from './connect-rule-to-target';
import { validate } from '../validate/validate';
import { propertiesOf, resourcesOf } from '../template/resources';
import type { Layout } from '../layout/positions';
import type { Json, JsonObject } from '../template/json';
import type { Template } from '../template/types';

const LAMBDA_RULE = 'InvokeLambdaFunctionEventRule';
const SM_RULE = 'InvokeStateMachineEventRule';
const PERMISSION = 'InvokeLambdaFunctionEventRuleTestLambdaFunctionPermission';

const props = (t: Template, id: string): JsonObject => propertiesOf(resourcesOf(t)[id]);
const layoutOf = (t: Template): Layout => Object.fromEntries(Object.keys(resourcesOf(t)).map((id, i) => [id, { x: i * 10, y: i * 20 }]));

function copyPaste(t: Template, ids: string[]) {
  return pasteResources(t, copyResources(t, ids, layoutOf(t)));
}

describe('copyResources', () => {
  it('takes the chosen resources and what exists only for them, in template order', () => {
    const t = seedDesign();
    const clip = copyResources(t, [LAMBDA_RULE, 'TestLambdaFunction'], layoutOf(t));
    expect(clip.format).toBe('eventbridge-designer/clipboard');
    expect(clip.version).toBe(1);
    expect(Object.keys(clip.resources)).toEqual(['FunctionExecutionRole', 'TestLambdaFunction', LAMBDA_RULE, PERMISSION]);
    expect(clip.resources.TestLambdaFunction).toEqual(resourcesOf(t).TestLambdaFunction);
    expect(clip.resources.TestLambdaFunction).not.toBe(resourcesOf(t).TestLambdaFunction);
    expect(clip.layout).toEqual({
      FunctionExecutionRole: layoutOf(t).FunctionExecutionRole,
      TestLambdaFunction: layoutOf(t).TestLambdaFunction,
      [LAMBDA_RULE]: layoutOf(t)[LAMBDA_RULE],
      [PERMISSION]: layoutOf(t)[PERMISSION],
    });
  });

  it('takes the role of a rule -> state machine connection only when both ends are copied', () => {
    const t = seedDesign();
    const role = 'InvokeStateMachineEventRuleTestStateMachineRole';
    expect(Object.keys(copyResources(t, [SM_RULE], {}).resources)).toEqual([SM_RULE]);
    expect(Object.keys(copyResources(t, ['TestStateMachine'], {}).resources)).toEqual(['StateMachineExecutionRole', 'TestStateMachine']);
    expect(Object.keys(copyResources(t, [SM_RULE, 'TestStateMachine'], {}).resources)).toEqual([
      'StateMachineExecutionRole',
      'TestStateMachine',
      SM_RULE,
      role,
    ]);
  });

  it('leaves a role behind when something not copied uses it too', () => {
    let t = seedDesign();
    t = setResourceProperty(t, 'TestStateMachine', 'RoleArn', { 'Fn::GetAtt': ['FunctionExecutionRole', 'Arn'] });
    expect(Object.keys(copyResources(t, ['TestLambdaFunction'], {}).resources)).toEqual(['TestLambdaFunction']);
  });

  it('ignores canvas ids that are not resources (the default bus) and unknown ids', () => {
    const t = seedDesign();
    const clip = copyResources(t, [DEFAULT_BUS_ID, 'default', 'Nope', SM_RULE], { [DEFAULT_BUS_ID]: { x: 0, y: 0 } });
    expect(Object.keys(clip.resources)).toEqual([SM_RULE]);
    expect(clip.layout).toEqual({});
    expect(copyResources(t, [DEFAULT_BUS_ID], {}).resources).toEqual({});
  });
});

describe('pasteResources', () => {
  it('pastes a rule with its Lambda target as new resources with rewritten references, new names and no new problems', () => {
    const t = seedDesign();
    const clip = copyResources(t, [LAMBDA_RULE, 'TestLambdaFunction'], layoutOf(t));
    const { template: out, layout, pasted } = pasteResources(t, clip);
    expect(pasted).toEqual(['FunctionExecutionRole2', 'TestLambdaFunction2', `${LAMBDA_RULE}2`, `${PERMISSION}2`]);
    expect(props(out, 'TestLambdaFunction2').Role).toEqual({ 'Fn::GetAtt': ['FunctionExecutionRole2', 'Arn'] });
    expect(props(out, 'TestLambdaFunction2').FunctionName).toBe('function-1-copy');
    expect(props(out, `${LAMBDA_RULE}2`).Name).toBe('start-lambda-function-copy');
    expect(targetsOf(out, `${LAMBDA_RULE}2`)).toEqual([
      { Id: 'TestLambdaFunction', Arn: { 'Fn::GetAtt': ['TestLambdaFunction2', 'Arn'] } },
    ]);
    expect(props(out, `${PERMISSION}2`).FunctionName).toEqual({ 'Fn::GetAtt': ['TestLambdaFunction2', 'Arn'] });
    expect(props(out, `${PERMISSION}2`).SourceArn).toEqual({ 'Fn::GetAtt': [`${LAMBDA_RULE}2`, 'Arn'] });
    expect(layout).toEqual({
      FunctionExecutionRole2: { x: clip.layout.FunctionExecutionRole!.x + 40, y: clip.layout.FunctionExecutionRole!.y + 40 },
      TestLambdaFunction2: { x: clip.layout.TestLambdaFunction!.x + 40, y: clip.layout.TestLambdaFunction!.y + 40 },
      [`${LAMBDA_RULE}2`]: { x: clip.layout[LAMBDA_RULE]!.x + 40, y: clip.layout[LAMBDA_RULE]!.y + 40 },
      [`${PERMISSION}2`]: { x: clip.layout[PERMISSION]!.x + 40, y: clip.layout[PERMISSION]!.y + 40 },
    });
    for (const [id, r] of Object.entries(resourcesOf(t))) expect(resourcesOf(out)[id]).toBe(r);
    expect(validate(out)).toEqual([]);
  });

  it('takes the offset it is given', () => {
    const t = seedDesign();
    const clip = copyResources(t, [SM_RULE], { [SM_RULE]: { x: 100, y: 200 } });
    expect(pasteResources(t, clip, { x: -10, y: 5 }).layout).toEqual({ [`${SM_RULE}2`]: { x: 90, y: 205 } });
  });

  it('pasting twice gives distinct ids and names', () => {
    const t = seedDesign();
    const clip = copyResources(t, [LAMBDA_RULE, 'TestLambdaFunction'], layoutOf(t));
    const once = pasteResources(t, clip);
    const twice = pasteResources(once.template, clip);
    expect(twice.pasted).toEqual(['FunctionExecutionRole3', 'TestLambdaFunction3', `${LAMBDA_RULE}3`, `${PERMISSION}3`]);
    expect(props(twice.template, 'TestLambdaFunction3').FunctionName).toBe('function-1-copy-2');
    expect(props(twice.template, `${LAMBDA_RULE}3`).Name).toBe('start-lambda-function-copy-2');
    expect(props(twice.template, `${PERMISSION}3`).SourceArn).toEqual({ 'Fn::GetAtt': [`${LAMBDA_RULE}3`, 'Arn'] });
    expect(validate(twice.template)).toEqual([]);
  });

  it('pasting a copy of a copy numbers the copy suffix instead of stacking it', () => {
    const t = seedDesign();
    const once = copyPaste(t, ['TestLambdaFunction']);
    const again = copyPaste(once.template, ['TestLambdaFunction2']);
    expect(again.pasted).toEqual(['FunctionExecutionRole3', 'TestLambdaFunction3']);
    expect(props(again.template, 'TestLambdaFunction3').FunctionName).toBe('function-1-copy-2');
  });

  it('a rule copied without its target still targets the original function, with a permission of its own', () => {
    const t = seedDesign();
    const { template: out, pasted } = copyPaste(t, [LAMBDA_RULE]);
    expect(pasted).toEqual([`${LAMBDA_RULE}2`, `${LAMBDA_RULE}2TestLambdaFunctionPermission`]);
    expect(targetsOf(out, `${LAMBDA_RULE}2`)).toEqual(targetsOf(t, LAMBDA_RULE));
    expect(resourcesOf(out)[`${PERMISSION}2`]).toBeUndefined();
    expect(props(out, `${LAMBDA_RULE}2TestLambdaFunctionPermission`)).toMatchObject({
      FunctionName: { 'Fn::GetAtt': ['TestLambdaFunction', 'Arn'] },
      SourceArn: { 'Fn::GetAtt': [`${LAMBDA_RULE}2`, 'Arn'] },
    });
    expect(validate(out)).toEqual([]);
  });

  it('a rule copied without its state machine keeps using the original role', () => {
    const t = seedDesign();
    const { template: out, pasted } = copyPaste(t, [SM_RULE]);
    expect(pasted).toEqual([`${SM_RULE}2`]);
    expect(targetsOf(out, `${SM_RULE}2`)).toEqual(targetsOf(t, SM_RULE));
    expect(validate(out)).toEqual([]);
  });

  it('a rule copied with its state machine gets its own role, allowed to start the new state machine', () => {
    const t = seedDesign();
    const { template: out, pasted } = copyPaste(t, [SM_RULE, 'TestStateMachine']);
    const role = 'InvokeStateMachineEventRuleTestStateMachineRole2';
    expect(pasted).toEqual(['StateMachineExecutionRole2', 'TestStateMachine2', `${SM_RULE}2`, role]);
    expect(targetsOf(out, `${SM_RULE}2`)[0]).toEqual({
      Id: 'TestStateMachine',
      Arn: { 'Fn::GetAtt': ['TestStateMachine2', 'Arn'] },
      RoleArn: { 'Fn::GetAtt': [role, 'Arn'] },
    });
    expect(JSON.stringify(props(out, role))).toContain('"TestStateMachine2"');
    expect(props(out, 'TestStateMachine2').StateMachineName).toBe('state-machine-1-copy');
    expect(validate(out)).toEqual([]);
  });

  it('a rule pasted without its custom bus stays on that bus, with a name unique there', () => {
    const bus = addEventBus(seedDesign());
    const t = connectBusToRule(bus.template, bus.id, LAMBDA_RULE);
    const { template: out } = copyPaste(t, [LAMBDA_RULE]);
    expect(props(out, `${LAMBDA_RULE}2`).EventBusName).toEqual({ Ref: bus.id });
    expect(props(out, `${LAMBDA_RULE}2`).Name).toBe('start-lambda-function-copy');
    expect(validate(out)).toEqual([]);
  });

  it('a rule pasted with its custom bus moves to the new bus and keeps its name there', () => {
    const bus = addEventBus(seedDesign());
    const t = connectBusToRule(bus.template, bus.id, LAMBDA_RULE);
    const { template: out, pasted } = copyPaste(t, [LAMBDA_RULE, bus.id]);
    expect(pasted).toEqual([`${LAMBDA_RULE}2`, `${bus.id}2`, `${LAMBDA_RULE}2TestLambdaFunctionPermission`]);
    expect(props(out, `${bus.id}2`).Name).toBe('custom-bus-1-copy');
    expect(props(out, `${LAMBDA_RULE}2`).EventBusName).toEqual({ Ref: `${bus.id}2` });
    expect(props(out, `${LAMBDA_RULE}2`).Name).toBe('start-lambda-function');
    expect(validate(out)).toEqual([]);
  });

  it('a rule that names its pasted bus by name follows the bus to its new name', () => {
    const bus = addEventBus(emptyTemplate());
    const rule = addRule(bus.template);
    const t = setResourceProperty(rule.template, rule.id, 'EventBusName', 'custom-bus-1');
    const { template: out } = copyPaste(t, [rule.id, bus.id]);
    expect(props(out, `${bus.id}2`).Name).toBe('custom-bus-1-copy');
    expect(props(out, `${rule.id}2`).EventBusName).toBe('custom-bus-1-copy');
    expect(props(out, `${rule.id}2`).Name).toBe('event-rule-1');
  });

  it('rewrites every reference form between pasted resources, even when a new id is an old one', () => {
    const t: Template = {
      Resources: {
        A: { Type: 'AWS::SNS::Topic', Properties: { TopicName: 'orders.fifo', FifoTopic: true } },
        A2: {
          Type: 'AWS::SNS::TopicPolicy',
          DependsOn: ['A'],
          Properties: {
            Topics: [{ Ref: 'A' }],
            PolicyDocument: {
              Statement: [
                {
                  Effect: 'Allow',
                  Principal: { Service: 'events.amazonaws.com' },
                  Action: 'sns:Publish',
                  Resource: { 'Fn::GetAtt': 'A.TopicArn' },
                  Condition: { StringEquals: { 'aws:SourceAccount': { 'Fn::Sub': '${AWS::AccountId}' } } },
                },
              ],
            },
            Note: { 'Fn::Sub': ['${A.TopicName} ${A} ${!A} ${Local}', { Local: { Ref: 'A' } }] },
          },
        },
      },
    };
    const { template: out, pasted } = pasteResources(t, copyResources(t, ['A', 'A2'], {}));
    expect(pasted).toEqual(['A3', 'A4']);
    const policy = resourcesOf(out).A4 as JsonObject;
    expect(policy.DependsOn).toEqual(['A3']);
    const p = propertiesOf(policy);
    expect(p.Topics).toEqual([{ Ref: 'A3' }]);
    expect(JSON.stringify(p.PolicyDocument)).toContain('"Fn::GetAtt":"A3.TopicArn"');
    expect(p.Note).toEqual({ 'Fn::Sub': ['${A3.TopicName} ${A3} ${!A} ${Local}', { Local: { Ref: 'A3' } }] });
    expect(props(out, 'A3').TopicName).toBe('orders-copy.fifo');
    expect(resourcesOf(out).A).toBe(resourcesOf(t).A);
    expect(resourcesOf(out).A2).toBe(resourcesOf(t).A2);
  });

  it('pastes into another template whose ids collide, keeping references to what was not copied', () => {
    const clip = copyResources(seedDesign(), [LAMBDA_RULE], {});
    const other: Template = {
      Parameters: { InvokeLambdaFunctionEventRule2: { Type: 'String' } },
      Resources: { [LAMBDA_RULE]: { Type: 'AWS::SQS::Queue' } },
    };
    const { template: out, pasted } = pasteResources(other, clip);
    expect(pasted).toEqual([`${LAMBDA_RULE}3`]);
    // The function is not in this template: the reference is kept as it is (the validator reports it), and no permission is made.
    expect(targetsOf(out, `${LAMBDA_RULE}3`)).toEqual(targetsOf(seedDesign(), LAMBDA_RULE));
    expect(props(out, `${LAMBDA_RULE}3`).Name).toBe('start-lambda-function');
    expect(resourcesOf(out)[LAMBDA_RULE]).toBe(other.Resources && (other.Resources as JsonObject)[LAMBDA_RULE]);
  });

  it('never gives a pasted resource an id the pasted resources refer to without copying it', () => {
    const clip: Clipboard = {
      format: 'eventbridge-designer/clipboard',
      version: 1,
      resources: {
        X: { Type: 'AWS::SNS::Topic' },
        Y: { Type: 'AWS::SNS::TopicPolicy', Properties: { Topics: [{ Ref: 'X' }, { Ref: 'X2' }] } },
      },
      layout: {},
    };
    const t: Template = { Resources: { X: { Type: 'AWS::SQS::Queue' } } };
    const { template: out, pasted } = pasteResources(t, clip);
    expect(pasted).toEqual(['X3', 'Y']);
    expect(props(out, 'Y').Topics).toEqual([{ Ref: 'X3' }, { Ref: 'X2' }]);
  });

  it('gives names written with Fn::Sub a copy suffix, and keeps names within their length limit', () => {
    let t = seedDesign();
    t = setResourceProperty(t, 'TestLambdaFunction', 'FunctionName', { 'Fn::Sub': '${AWS::StackName}-handler' });
    t = setResourceProperty(t, LAMBDA_RULE, 'Name', 'r'.repeat(64));
    const { template: out } = copyPaste(t, ['TestLambdaFunction', LAMBDA_RULE]);
    expect(props(out, 'TestLambdaFunction2').FunctionName).toEqual({ 'Fn::Sub': '${AWS::StackName}-handler-copy' });
    expect(props(out, `${LAMBDA_RULE}2`).Name).toBe(`${'r'.repeat(59)}-copy`);
    expect(validate(out)).toEqual([]);
  });

  it('keeps names that collide with nothing', () => {
    const clip = copyResources(seedDesign(), [LAMBDA_RULE, 'TestLambdaFunction'], {});
    const { template: out } = pasteResources(emptyTemplate(), clip);
    expect(props(out, 'TestLambdaFunction').FunctionName).toBe('function-1');
    expect(props(out, LAMBDA_RULE).Name).toBe('start-lambda-function');
    expect(validate(out)).toEqual([]);
  });

  it('an empty clipboard pastes nothing and returns the template itself', () => {
    const t = seedDesign();
    const result = pasteResources(t, copyResources(t, [DEFAULT_BUS_ID], {}));
    expect(result.template).toBe(t);
    expect(result.pasted).toEqual([]);
  });

  it('never changes existing resources, and a pasted selection of the seed design has no problem', () => {
    const seed = seedDesign();
    const ids = [...Object.keys(resourcesOf(seed)), DEFAULT_BUS_ID];
    fc.assert(
      fc.property(
        fc.subarray(ids, { minLength: 1 }),
        fc.integer({ min: 1, max: 3 }),
        fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) }),
        (selection, times, offset) => {
          const clip = copyResources(seed, selection, layoutOf(seed));
          let t = seed;
          const seen = new Set(Object.keys(resourcesOf(seed)));
          for (let i = 0; i < times; i++) {
            const before = resourcesOf(t);
            const result = pasteResources(t, clip, offset);
            for (const [id, r] of Object.entries(before)) expect(resourcesOf(result.template)[id]).toBe(r);
            for (const id of result.pasted) {
              expect(seen.has(id)).toBe(false);
              seen.add(id);
            }
            expect(Object.keys(resourcesOf(result.template)).sort()).toEqual([...seen].sort());
            t = result.template;
          }
          expect(validate(t)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('pasting rules that target SNS topics and SQS queues', () => {
  /** EventRule targeting Topic and Queue, with the policies the connections made. */
  function design(): Template {
    let t = emptyTemplate();
    for (const add of [addRule, addSnsTopic, addSqsQueue]) t = add(t).template;
    return connectRuleToTarget(connectRuleToTarget(t, 'EventRule', 'Topic'), 'EventRule', 'Queue');
  }
  const sids = (t: Template, policyId: string) =>
    (props(t, policyId).PolicyDocument as { Statement: { Sid: string }[] }).Statement.map((s) => s.Sid);

  it('a rule pasted without its queue gets a statement of its own in that queue policy; the topic statement already serves it', () => {
    const t = design();
    const { template, pasted } = copyPaste(t, ['EventRule']);
    expect(pasted).toEqual(['EventRule2']);
    expect(sids(template, 'QueuePolicy')).toEqual(['AllowEventRuleToSendMessage', 'AllowEventRule2ToSendMessage']);
    expect(resourcesOf(template).TopicPolicy).toBe(resourcesOf(t).TopicPolicy);
    expect(validate(template)).toEqual([]);
  });

  it('a rule pasted with its topic and queue brings their policies, rewritten for the pasted resources', () => {
    const { template, pasted } = copyPaste(design(), ['EventRule', 'Topic', 'Queue']);
    expect(pasted).toEqual(['EventRule2', 'Topic2', 'Queue2', 'TopicPolicy2', 'QueuePolicy2']);
    expect(props(template, 'QueuePolicy2')).toMatchObject({
      Queues: [{ Ref: 'Queue2' }],
      PolicyDocument: { Statement: [{ Condition: { ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': ['EventRule2', 'Arn'] } } } }] },
    });
    expect(props(template, 'TopicPolicy2')).toMatchObject({ Topics: [{ Ref: 'Topic2' }] });
    expect(validate(template)).toEqual([]);
  });

  it("a queue pasted without the rule that targets it comes without that rule's policy, and a topic with its own", () => {
    const { pasted } = copyPaste(design(), ['Queue', 'Topic']);
    expect(pasted).toEqual(['Topic2', 'Queue2', 'TopicPolicy2']);
  });
});

describe('readClipboard', () => {
  it('reads back what writeClipboard wrote', () => {
    const t = seedDesign();
    const clip = copyResources(t, [LAMBDA_RULE, 'TestLambdaFunction'], layoutOf(t));
    expect(readClipboard(writeClipboard(clip))).toEqual(clip);
  });

  it('refuses anything that is not the designer clipboard', () => {
    const valid = { format: 'eventbridge-designer/clipboard', version: 1, resources: { A: { Type: 'AWS::SNS::Topic' } }, layout: {} };
    const junk: (string | Json)[] = [
      'hello',
      '',
      '{"format":',
      null,
      42,
      [valid],
      seedDesign(),
      { ...valid, format: 'something-else' },
      { ...valid, version: 2 },
      { ...valid, version: '1' },
      { ...valid, resources: [] },
      { ...valid, resources: { A: { Properties: {} } } },
      { ...valid, resources: { A: 'AWS::SNS::Topic' } },
      { ...valid, resources: { 'not-an-id': { Type: 'AWS::SNS::Topic' } } },
      { ...valid, layout: [] },
    ];
    for (const j of junk) expect(readClipboard(typeof j === 'string' ? j : JSON.stringify(j))).toBeUndefined();
    expect(readClipboard(JSON.stringify(valid))).toEqual(valid);
  });

  it('drops positions that are not numbers or belong to no copied resource', () => {
    const text = JSON.stringify({
      format: 'eventbridge-designer/clipboard',
      version: 1,
      resources: { A: { Type: 'AWS::SNS::Topic' }, B: { Type: 'AWS::SNS::Topic' } },
      layout: { A: { x: 1, y: 2 }, B: { x: '1', y: 2 }, C: { x: 0, y: 0 } },
    });
    expect(readClipboard(text)?.layout).toEqual({ A: { x: 1, y: 2 } });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(() => readClipboard(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
