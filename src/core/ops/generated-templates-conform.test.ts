import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv, type ValidateFunction } from 'ajv';
import { isJsonObject, type Json, type JsonObject } from '../template/json';
import { resourcesOf } from '../template/resources';
import type { Template } from '../template/types';
import { seedDesign } from './seed-design';
import { addDeadLetterQueue } from './dead-letter-queue';
import { setTargetProperty } from './set-target-property';
import { addEventBus } from './add-event-bus';
import { addRule } from './add-rule';
import { addLambdaFunction } from './add-lambda-function';
import { addStateMachine } from './add-state-machine';
import { connectBusToRule } from './connect-bus-to-rule';
import { connectRuleToTarget } from './connect-rule-to-target';
import { emptyTemplate } from './empty-template';
import { addSnsTopic } from './add-sns-topic';
import { addSqsQueue } from './add-sqs-queue';
import { setResourceProperty } from './set-property';
import { renameLogicalId } from './rename-logical-id';
import { assignmentsFor } from '../resolve/assignments';
import { resolveString } from '../resolve/resolve-value';

// The CloudFormation registry schemas of the types the designer generates, read where the project's
// research keeps them (they are not copied into the repository).
const SCHEMAS: Record<string, string> = {
  'AWS::Events::Rule': 'aws-events-rule.json',
  'AWS::Events::EventBus': 'aws-events-eventbus.json',
  'AWS::Lambda::Function': 'aws-lambda-function.json',
  'AWS::Lambda::Permission': 'aws-lambda-permission.json',
  'AWS::IAM::Role': 'aws-iam-role.json',
  'AWS::StepFunctions::StateMachine': 'aws-stepfunctions-statemachine.json',
  'AWS::SQS::Queue': 'aws-sqs-queue.json',
  'AWS::SQS::QueuePolicy': 'aws-sqs-queuepolicy.json',
  'AWS::SNS::Topic': 'extras/aws-sns-topic.json',
  'AWS::SNS::TopicPolicy': 'extras/aws-sns-topicpolicy.json',
};
const schemaDir = new URL('../../../../shared/research/schemas/', import.meta.url);
const RESOURCE_KEYS = new Set(['Type', 'Properties', 'DependsOn', 'Condition', 'Metadata', 'DeletionPolicy', 'UpdateReplacePolicy']);

// Formats such as "AWS::IAM::Role.Arn" are cfn-lint's and are not checked here; unknown keywords
// (insertionOrder, requiredOr, tagging...) are ignored.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
const compiled = new Map<string, { validate: ValidateFunction; readOnly: string[] }>();
function validatorFor(type: string) {
  if (!compiled.has(type)) {
    const schema = JSON.parse(readFileSync(new URL(SCHEMAS[type]!, schemaDir), 'utf8')) as JsonObject;
    const { properties, definitions, required, additionalProperties } = schema;
    const readOnly = Array.isArray(schema.readOnlyProperties) ? schema.readOnlyProperties.map((p) => String(p).split('/')[2]!) : [];
    compiled.set(type, { validate: ajv.compile({ type: 'object', properties, definitions, required, additionalProperties }), readOnly });
  }
  return compiled.get(type)!;
}

/** What the template's intrinsic functions become once deployed, resolved as CloudFormation would. */
function withoutIntrinsics(template: Template, value: Json): Json {
  const a = assignmentsFor(template)[0]!;
  const walk = (v: Json): Json => {
    if (Array.isArray(v)) return v.map(walk);
    if (!isJsonObject(v)) return v;
    const keys = Object.keys(v);
    if (keys.length === 1 && /^(Ref|Fn::)/.test(keys[0]!)) return resolveString(template, v, a) ?? 'unresolved';
    return Object.fromEntries(keys.map((k) => [k, walk(v[k]!)]));
  };
  return walk(value);
}

/** Every way a resource of the template departs from its type's schema. */
function schemaProblems(template: Template): string[] {
  return Object.entries(resourcesOf(template)).flatMap(([id, r]) => {
    const type = String(r.Type);
    const stray = Object.keys(r)
      .filter((k) => !RESOURCE_KEYS.has(k))
      .map((k) => `${id}: "${k}" outside Properties`);
    if (!SCHEMAS[type]) return [...stray, `${id}: no schema for ${type}`];
    const { validate, readOnly } = validatorFor(type);
    const properties = withoutIntrinsics(template, isJsonObject(r.Properties) ? r.Properties : {});
    const errors = validate(properties) ? [] : (validate.errors ?? []).map((e) => `${id} (${type}) ${e.instancePath || '/'} ${e.message}`);
    const setReadOnly = readOnly.filter((p) => isJsonObject(properties) && p in properties).map((p) => `${id}: read-only ${p} set`);
    return [...stray, ...errors, ...setReadOnly];
  });
}

function customBusDesign(): Template {
  let t = emptyTemplate();
  const bus = addEventBus(t);
  const rule = addRule(bus.template);
  const fn = addLambdaFunction(rule.template);
  const sm = addStateMachine(fn.template);
  t = connectBusToRule(sm.template, bus.id, rule.id);
  t = connectRuleToTarget(connectRuleToTarget(t, rule.id, fn.id), rule.id, sm.id);
  return t;
}

/** Two rules, one on a custom bus, each targeting a topic, a queue, a FIFO queue and the other custom bus. */
function serviceTargetsDesign(): Template {
  let t = emptyTemplate();
  for (const add of [addRule, addRule, addEventBus, addEventBus, addSnsTopic, addSqsQueue, addSqsQueue]) t = add(t).template;
  t = setResourceProperty(setResourceProperty(t, 'Queue2', 'QueueName', 'orders.fifo'), 'Queue2', 'FifoQueue', true);
  t = connectBusToRule(t, 'CustomEventBus', 'EventRule2');
  for (const rule of ['EventRule', 'EventRule2'])
    for (const target of ['Topic', 'Queue', 'Queue2', 'CustomEventBus2']) t = connectRuleToTarget(t, rule, target);
  return t;
}

describe('generated templates against the CloudFormation resource schemas', () => {
  const designs: [string, () => Template][] = [
    ['the seed design', seedDesign],
    ['a rule on a custom bus targeting a function and a state machine', customBusDesign],
    ['an Express state machine', () => setResourceProperty(seedDesign(), 'TestStateMachine', 'StateMachineType', 'EXPRESS')],
    ['a renamed rule', () => renameLogicalId(seedDesign(), 'InvokeLambdaFunctionEventRule', 'OrdersRule')],
    ['rules targeting SNS topics, SQS queues (standard and FIFO) and another event bus', serviceTargetsDesign],
    [
      'a target with a dead-letter queue, a retry policy and an input transformer',
      () => {
        const { template } = addDeadLetterQueue(seedDesign(), 'InvokeLambdaFunctionEventRule', 0);
        const withRetry = setTargetProperty(template, 'InvokeLambdaFunctionEventRule', 0, 'RetryPolicy', {
          MaximumRetryAttempts: 4,
          MaximumEventAgeInSeconds: 3600,
        });
        return setTargetProperty(withRetry, 'InvokeLambdaFunctionEventRule', 0, 'InputTransformer', {
          InputPathsMap: { order: '$.detail.orderId' },
          InputTemplate: '{"order": <order>}',
        });
      },
    ],
  ];
  for (const [name, design] of designs) {
    it(`${name} conforms`, () => {
      expect(schemaProblems(design())).toEqual([]);
    });
  }

  it("catches the seed article's mistakes and unknown properties, so the check can fail", () => {
    const t = seedDesign();
    const role = resourcesOf(t).InvokeStateMachineEventRuleTestStateMachineRole!;
    const { AssumeRolePolicyDocument, ...rest } = role.Properties as JsonObject;
    const broken = {
      ...t,
      Resources: {
        ...resourcesOf(t),
        InvokeStateMachineEventRuleTestStateMachineRole: {
          Type: 'AWS::IAM::Role',
          Properties: rest,
          AssumeRolePolicyDocument: AssumeRolePolicyDocument!,
        },
        InvokeLambdaFunctionEventRule: {
          ...resourcesOf(t).InvokeLambdaFunctionEventRule!,
          Properties: {
            ...(resourcesOf(t).InvokeLambdaFunctionEventRule!.Properties as JsonObject),
            Targets: [{ Id: 'x', Arn: 'arn', RoleArns: 'y' }],
          },
        },
      },
    };
    const problems = schemaProblems(broken);
    expect(problems).toContain('InvokeStateMachineEventRuleTestStateMachineRole: "AssumeRolePolicyDocument" outside Properties');
    expect(problems).toContain(
      "InvokeStateMachineEventRuleTestStateMachineRole (AWS::IAM::Role) / must have required property 'AssumeRolePolicyDocument'",
    );
    expect(problems).toContain('InvokeLambdaFunctionEventRule (AWS::Events::Rule) /Targets/0 must NOT have additional properties');
  });
});
