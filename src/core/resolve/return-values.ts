import { isJsonObject, type Json } from '../template/json';
import { propertiesOf, resourcesOf } from '../template/resources';
import type { Template } from '../template/types';
import type { Assignment } from './assignments';
import { resolveString } from './resolve-value';

/**
 * What Ref and Fn::GetAtt return for the resource types the permission checks follow, from each
 * type's "Return values" in the CloudFormation template reference, e.g.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-events-rule.html#aws-resource-events-rule-return-values
 */

/** The physical name: the name property when set, else the one CloudFormation generates (unknown, but fixed per resource). */
function nameOf(template: Template, id: string, key: string, a: Assignment, depth: number): string | undefined {
  const value = propertiesOf(resourcesOf(template)[id])[key];
  if (value === undefined) return `${a.stackName}-${id}-generated-${a.tag}`;
  return resolveString(template, value, a, depth + 1);
}

function arn(a: Assignment, service: string, resource: string, region = a.region): string {
  return `arn:${a.partition}:${service}:${region}:${a.account}:${resource}`;
}

/** The bus name a rule is on: "default" when EventBusName is absent, the name part of an ARN. */
export function busNameOfRule(template: Template, id: string, a: Assignment, depth = 0): string | undefined {
  const value = propertiesOf(resourcesOf(template)[id]).EventBusName;
  if (value === undefined) return 'default';
  const text = resolveString(template, value, a, depth + 1);
  if (text === undefined) return undefined;
  const marker = ':event-bus/';
  return text.startsWith('arn:') && text.includes(marker) ? text.slice(text.indexOf(marker) + marker.length) : text;
}

/** The function ARN a Lambda alias or version belongs to. */
function functionArnOf(template: Template, value: Json | undefined, a: Assignment, depth: number): string | undefined {
  const text = resolveString(template, value, a, depth + 1);
  if (text === undefined) return undefined;
  return text.startsWith('arn:') ? text : arn(a, 'lambda', `function:${text}`);
}

export function refOf(template: Template, id: string, a: Assignment, depth: number): string | undefined {
  const r = resourcesOf(template)[id];
  if (!r) return undefined;
  switch (r.Type) {
    case 'AWS::Events::Rule': {
      // On a custom bus Ref gives "bus|rule", not an ARN (cloudformation-coverage-roadmap#1131).
      const bus = busNameOfRule(template, id, a, depth);
      const name = nameOf(template, id, 'Name', a, depth);
      return bus === undefined || name === undefined ? undefined : bus === 'default' ? name : `${bus}|${name}`;
    }
    case 'AWS::Events::EventBus':
      return nameOf(template, id, 'Name', a, depth);
    case 'AWS::Lambda::Function':
      return nameOf(template, id, 'FunctionName', a, depth);
    case 'AWS::IAM::Role':
      return nameOf(template, id, 'RoleName', a, depth);
    case 'AWS::Logs::LogGroup':
      return nameOf(template, id, 'LogGroupName', a, depth);
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kinesis-stream.html#aws-resource-kinesis-stream-return-values
    case 'AWS::Kinesis::Stream':
      return nameOf(template, id, 'Name', a, depth);
    case 'AWS::SQS::Queue': {
      const name = nameOf(template, id, 'QueueName', a, depth);
      return name && `https://sqs.${a.region}.amazonaws.com/${a.account}/${name}`;
    }
    case 'AWS::StepFunctions::StateMachine':
    case 'AWS::SNS::Topic':
    case 'AWS::Lambda::Alias':
    case 'AWS::Lambda::Version':
      return attributeOf(template, id, 'Arn', a, depth);
    default:
      return isJsonObject(r) ? `ref-${id}-${a.tag}` : undefined;
  }
}

export function attributeOf(template: Template, id: string, attribute: string, a: Assignment, depth: number): string | undefined {
  const r = resourcesOf(template)[id];
  if (!r || depth > 40) return undefined;
  const p = propertiesOf(r);
  switch (`${String(r.Type)}.${attribute}`) {
    case 'AWS::Events::Rule.Arn': {
      // arn:...:rule/NAME on the default bus, arn:...:rule/BUS/NAME on a custom bus.
      // https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoneventbridge.html
      const bus = busNameOfRule(template, id, a, depth);
      const name = nameOf(template, id, 'Name', a, depth);
      return bus === undefined || name === undefined
        ? undefined
        : arn(a, 'events', bus === 'default' ? `rule/${name}` : `rule/${bus}/${name}`);
    }
    case 'AWS::Events::EventBus.Arn': {
      const name = nameOf(template, id, 'Name', a, depth);
      return name && arn(a, 'events', `event-bus/${name}`);
    }
    case 'AWS::Events::EventBus.Name':
      return nameOf(template, id, 'Name', a, depth);
    case 'AWS::Lambda::Function.Arn': {
      const name = nameOf(template, id, 'FunctionName', a, depth);
      return name && arn(a, 'lambda', `function:${name}`);
    }
    case 'AWS::Lambda::Alias.AliasArn':
    case 'AWS::Lambda::Alias.Arn': {
      const fn = functionArnOf(template, p.FunctionName, a, depth);
      const name = resolveString(template, p.Name, a, depth + 1);
      return fn && name && `${fn}:${name}`;
    }
    case 'AWS::Lambda::Version.FunctionArn':
    case 'AWS::Lambda::Version.Arn': {
      const fn = functionArnOf(template, p.FunctionName, a, depth);
      return fn && `${fn}:version-${id}-${a.tag}`;
    }
    case 'AWS::StepFunctions::StateMachine.Arn': {
      const name = nameOf(template, id, 'StateMachineName', a, depth);
      return name && arn(a, 'states', `stateMachine:${name}`);
    }
    case 'AWS::StepFunctions::StateMachine.Name':
      return nameOf(template, id, 'StateMachineName', a, depth);
    case 'AWS::IAM::Role.Arn': {
      const name = nameOf(template, id, 'RoleName', a, depth);
      const path = typeof p.Path === 'string' ? p.Path : '/';
      return name && `arn:${a.partition}:iam::${a.account}:role${path}${name}`;
    }
    case 'AWS::SQS::Queue.Arn': {
      const name = nameOf(template, id, 'QueueName', a, depth);
      return name && arn(a, 'sqs', name);
    }
    case 'AWS::SQS::Queue.QueueName':
      return nameOf(template, id, 'QueueName', a, depth);
    case 'AWS::SNS::Topic.TopicArn':
    case 'AWS::SNS::Topic.Arn': {
      const name = nameOf(template, id, 'TopicName', a, depth);
      return name && arn(a, 'sns', name);
    }
    case 'AWS::Kinesis::Stream.Arn': {
      // arn:${Partition}:kinesis:${Region}:${Account}:stream/${StreamName}
      // https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonkinesis.html
      const name = nameOf(template, id, 'Name', a, depth);
      return name && arn(a, 'kinesis', `stream/${name}`);
    }
    case 'AWS::Logs::LogGroup.Arn': {
      const name = nameOf(template, id, 'LogGroupName', a, depth);
      return name && arn(a, 'logs', `log-group:${name}:*`);
    }
    default:
      return `att-${id}-${attribute}-${a.tag}`;
  }
}
