import { describe, expect, it } from 'vitest';
import { EXAMPLES, type Example } from './examples';
import { validate } from '../validate/validate';
import { idsOfType, propertiesOf, resourcesOf } from '../template/resources';
import { isJsonObject, type Json, type JsonObject } from '../template/json';
import { getAtt, ref } from '../template/intrinsics';
import { RESOURCE_TYPES, type Template } from '../template/types';
import { SQS_QUEUE, SQS_QUEUE_POLICY } from '../ops/dead-letter-queue';
import { seedDesign } from '../ops/seed-design';
import { emptyTemplate } from '../ops/empty-template';
import { targetsOf } from '../ops/targets';

function example(id: string): Example {
  const found = EXAMPLES.find((e) => e.id === id);
  if (!found) throw new Error(`no example ${id}`);
  return found;
}

/** The one resource of a type, failing the test when there is not exactly one. */
function onlyOfType(template: Template, type: string): [string, JsonObject] {
  const ids = idsOfType(template, type);
  expect(ids, type).toHaveLength(1);
  const id = ids[0]!;
  return [id, propertiesOf(resourcesOf(template)[id])];
}

/** Every object and array reachable from a value. */
function containers(value: Json, into: Set<object> = new Set()): Set<object> {
  if (value === null || typeof value !== 'object' || into.has(value)) return into;
  into.add(value);
  for (const child of Array.isArray(value) ? value : Object.values(value)) containers(child, into);
  return into;
}

describe('EXAMPLES', () => {
  it('lists seed, custom bus with DLQ, scheduled rule and empty, in that order, with unique ids', () => {
    expect(EXAMPLES.map((e) => e.id)).toEqual(['seed', 'custom-bus-dlq', 'scheduled-rule', 'empty']);
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    expect(example('seed').title).toBe("The article's scenario");
    expect(example('custom-bus-dlq').title).toBe('Custom bus with a dead-letter queue');
    expect(example('scheduled-rule').title).toBe('Scheduled rule');
    expect(example('empty').title).toBe('Empty design');
    for (const e of EXAMPLES) expect(e.description.trim(), e.id).not.toBe('');
  });

  describe.each(EXAMPLES.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    it('builds a template', () => {
      const t = e.build();
      expect(t.AWSTemplateFormatVersion).toBe('2010-09-09');
      expect(isJsonObject(t.Resources)).toBe(true);
    });

    it('passes validation with no error and no warning', () => {
      const findings = validate(e.build()).filter((d) => d.severity !== 'info');
      expect(findings.map((d) => `${d.severity} ${d.ruleId} ${d.path}: ${d.message}`)).toEqual([]);
    });

    it('builds a fresh template on every call, sharing no object with the last one', () => {
      const first = e.build();
      const second = e.build();
      expect(second).toEqual(first);
      const shared = [...containers(first)].filter((o) => containers(second).has(o));
      expect(shared).toEqual([]);

      // Mutating one build leaves the next one as it was.
      (first.Resources as JsonObject).Intruder = { Type: 'AWS::SQS::Queue' };
      for (const r of Object.values(first.Resources as JsonObject)) if (isJsonObject(r)) r.Type = 'Mutated';
      first.Description = 'mutated';
      expect(e.build()).toEqual(second);
    });
  });

  it('seed is the seed design', () => {
    expect(example('seed').build()).toEqual(seedDesign());
  });

  it('empty is the empty template, with no resources', () => {
    const t = example('empty').build();
    expect(t).toEqual(emptyTemplate());
    expect(resourcesOf(t)).toEqual({});
  });
});

describe('custom bus with a dead-letter queue', () => {
  const t = example('custom-bus-dlq').build();
  const [busId, bus] = onlyOfType(t, RESOURCE_TYPES.eventBus);
  const [ruleId, rule] = onlyOfType(t, RESOURCE_TYPES.rule);
  const [functionId, fn] = onlyOfType(t, RESOURCE_TYPES.lambdaFunction);
  const [, permission] = onlyOfType(t, RESOURCE_TYPES.lambdaPermission);
  const [queueId] = onlyOfType(t, SQS_QUEUE);
  const [, queuePolicy] = onlyOfType(t, SQS_QUEUE_POLICY);
  const [target] = targetsOf(t, ruleId);

  it('has readable names', () => {
    expect(bus.Name).toBe('orders');
    expect(rule.Name).toBe('order-placed');
    expect(fn.FunctionName).toBe('process-order');
  });

  it('puts an enabled rule with an event pattern on the custom bus', () => {
    expect(rule.EventBusName).toEqual(ref(busId));
    expect(rule.EventPattern).toEqual({ source: ['com.example.orders'], 'detail-type': ['OrderPlaced'] });
    expect(rule.ScheduleExpression).toBeUndefined();
    expect(rule.State).toBe('ENABLED');
  });

  it('invokes the function without a role, authorised by a permission for this rule', () => {
    expect(targetsOf(t, ruleId)).toHaveLength(1);
    expect(target?.Arn).toEqual(getAtt(functionId, 'Arn'));
    expect(target?.RoleArn).toBeUndefined();
    expect(permission).toEqual({
      Action: 'lambda:InvokeFunction',
      FunctionName: getAtt(functionId, 'Arn'),
      Principal: 'events.amazonaws.com',
      SourceArn: getAtt(ruleId, 'Arn'),
    });
  });

  it('retries 4 times within an hour', () => {
    expect(target?.RetryPolicy).toEqual({ MaximumRetryAttempts: 4, MaximumEventAgeInSeconds: 3600 });
  });

  it("sends failed events to the queue's ARN, under a policy that lets EventBridge send for this rule only", () => {
    expect(target?.DeadLetterConfig).toEqual({ Arn: getAtt(queueId, 'Arn') });
    expect(queuePolicy.Queues).toEqual([ref(queueId)]);
    expect(queuePolicy.PolicyDocument).toMatchObject({
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'events.amazonaws.com' },
          Action: 'sqs:SendMessage',
          Resource: getAtt(queueId, 'Arn'),
          Condition: { ArnEquals: { 'aws:SourceArn': getAtt(ruleId, 'Arn') } },
        },
      ],
    });
  });
});

describe('scheduled rule', () => {
  const t = example('scheduled-rule').build();
  const [ruleId, rule] = onlyOfType(t, RESOURCE_TYPES.rule);
  const [stateMachineId, stateMachine] = onlyOfType(t, RESOURCE_TYPES.stateMachine);
  const [target] = targetsOf(t, ruleId);

  it('runs on a schedule on the default bus, with no event pattern', () => {
    expect(rule.Name).toBe('hourly-report');
    expect(stateMachine.StateMachineName).toBe('hourly-report');
    expect(rule.ScheduleExpression).toBe('rate(1 hour)');
    expect(rule.EventPattern).toBeUndefined();
    expect(rule.EventBusName).toBe('default');
    expect(rule.State).toBe('ENABLED');
    expect(idsOfType(t, RESOURCE_TYPES.eventBus)).toEqual([]);
  });

  it('starts the state machine through a role that trusts EventBridge and may start only it', () => {
    expect(targetsOf(t, ruleId)).toHaveLength(1);
    expect(target?.Arn).toEqual(getAtt(stateMachineId, 'Arn'));
    const roleId = idsOfType(t, RESOURCE_TYPES.role).find((id) => isJsonObject(target?.RoleArn) && JSON.stringify(target.RoleArn) === JSON.stringify(getAtt(id, 'Arn')));
    expect(roleId).toBeDefined();
    expect(propertiesOf(resourcesOf(t)[roleId!])).toEqual({
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      },
      Policies: [
        {
          PolicyName: 'StartExecution',
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: ['states:StartExecution'], Resource: [getAtt(stateMachineId, 'Arn')] }],
          },
        },
      ],
    });
  });

  it('sends a constant JSON input and nothing else', () => {
    expect(typeof target?.Input).toBe('string');
    expect(JSON.parse(target?.Input as string)).toEqual({ report: 'hourly', format: 'csv' });
    expect(target?.InputPath).toBeUndefined();
    expect(target?.InputTransformer).toBeUndefined();
  });
});
