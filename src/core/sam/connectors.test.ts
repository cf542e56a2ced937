import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../template/json';
import type { Template } from '../template/types';
import { readTemplate } from '../io/read-template';
import { validate } from '../validate/validate';
import { expandSam } from './expand-sam';
import { SAM, res } from './sam-fixtures.test-helper';

// SAM's own translator outputs, kept beside the project, are what the expansion must agree with.
const corpus = fileURLToPath(new URL('../../../../shared/corpus/public/templates/', import.meta.url));
const samOutput = (name: string) =>
  JSON.parse(readFileSync(`${corpus}aws_serverless-application-model__tests_translator_output_${name}.json`, 'utf8')) as Template;

const rule = (targets: JsonObject[]): JsonObject => ({
  Type: 'AWS::Events::Rule',
  Properties: { EventPattern: { source: ['aws.ec2'] }, Targets: targets },
});
const role = {
  Type: 'AWS::IAM::Role',
  Properties: {
    AssumeRolePolicyDocument: {
      Statement: [{ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    },
  },
};
const machine = { Type: 'AWS::Serverless::StateMachine', Properties: { Definition: { StartAt: 'A', States: { A: { Type: 'Succeed' } } } } };

describe('a connector from an EventBridge rule', () => {
  it('to a state machine makes the managed policy SAM makes, on the role of the target', () => {
    const e = expandSam({
      Transform: SAM,
      Resources: {
        MyNewEventsRule: rule([
          { RoleArn: { 'Fn::GetAtt': ['MyRuleRole', 'Arn'] }, Arn: { 'Fn::GetAtt': ['StateMachine', 'Arn'] }, Id: 'StateMachine' },
        ]),
        MyRuleRole: role,
        StateMachine: machine,
        MyConnector: {
          Type: 'AWS::Serverless::Connector',
          Properties: { Source: { Id: 'MyNewEventsRule' }, Destination: { Id: 'StateMachine' }, Permissions: ['Write'] },
        },
      },
    });
    const expected = res(samOutput('connector_rule_to_sfn'), 'MyConnectorPolicy');
    expect(res(e.template, 'MyConnectorPolicy')).toEqual({ Type: expected.Type, Properties: expected.Properties });
    expect(res(e.template, 'MyConnector' as never)).toBeUndefined();
    expect(e.generated.get('MyConnectorPolicy')).toMatchObject({ samResource: 'MyConnector', samType: 'AWS::Serverless::Connector' });
  });

  it('to several destinations makes a Lambda permission and a queue policy, named per destination as SAM names them', () => {
    const output = samOutput('connector_mix_destination');
    const e = expandSam({
      Transform: SAM,
      Resources: {
        EventRule: res(output, 'EventRule'),
        Function: { Type: 'AWS::Serverless::Function', Properties: { Runtime: 'python3.13', Handler: 'a.h', InlineCode: 'x' } },
        VerificationQueue: { Type: 'AWS::SQS::Queue' },
        MyConnector: {
          Type: 'AWS::Serverless::Connector',
          Properties: {
            Source: { Id: 'EventRule' },
            Destination: [{ Id: 'Function' }, { Id: 'VerificationQueue' }],
            Permissions: ['Write'],
          },
        },
      },
    });
    for (const id of ['MyConnectorWriteLambdaPermissionDestination0', 'MyConnectorQueuePolicyDestination1']) {
      const expected = res(output, id);
      expect(res(e.template, id)).toEqual({ Type: expected.Type, Properties: expected.Properties });
    }
    expect(validate(e.template).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('embedded in the rule grants the same, and the Connectors attribute is gone from what CloudFormation sees', () => {
    const t: Template = {
      Transform: SAM,
      Resources: {
        Rule: {
          ...rule([{ RoleArn: { 'Fn::GetAtt': ['MyRuleRole', 'Arn'] }, Arn: { 'Fn::GetAtt': ['Bus', 'Arn'] }, Id: 'Bus' }]),
          Connectors: { ToBus: { Properties: { Destination: { Id: 'Bus' }, Permissions: ['Write'] } } },
        },
        MyRuleRole: role,
        Bus: { Type: 'AWS::Events::EventBus', Properties: { Name: 'orders' } },
      },
    };
    const e = expandSam(t);
    expect(res(e.template, 'Rule').Connectors).toBeUndefined();
    expect(res(e.template, 'RuleToBusPolicy')).toEqual({
      Type: 'AWS::IAM::ManagedPolicy',
      Properties: {
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: ['events:PutEvents'], Resource: [{ 'Fn::GetAtt': ['Bus', 'Arn'] }] }],
        },
        Roles: [{ Ref: 'MyRuleRole' }],
      },
    });
    expect(validate(t).filter((d) => d.severity === 'error')).toEqual([]);
    // Without it, the role may not put events on the bus.
    const { Connectors: _c, ...bare } = res(t, 'Rule');
    const without = validate({ ...t, Resources: { ...(t.Resources as JsonObject), Rule: bare } });
    expect(without.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toEqual(['BUS-07']);
  });

  it('to a topic makes the topic policy for EventBridge, conditioned on the rule', () => {
    const e = expandSam({
      Transform: SAM,
      Resources: {
        Rule: rule([{ Arn: { Ref: 'Topic' }, Id: 'Topic' }]),
        Topic: { Type: 'AWS::SNS::Topic' },
        C: {
          Type: 'AWS::Serverless::Connector',
          Properties: { Source: { Id: 'Rule' }, Destination: { Id: 'Topic' }, Permissions: ['Write'] },
        },
      },
    });
    expect(res(e.template, 'CTopicPolicy')).toMatchObject({
      Type: 'AWS::SNS::TopicPolicy',
      Properties: {
        Topics: [{ Ref: 'Topic' }],
        PolicyDocument: {
          Statement: [
            {
              Action: 'sns:Publish',
              Principal: { Service: 'events.amazonaws.com' },
              Condition: { ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': ['Rule', 'Arn'] } } },
            },
          ],
        },
      },
    });
    expect(validate(e.template).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('is refused, as SAM refuses it, when it names nothing, asks Read of a rule, or finds no role for the target', () => {
    const problems = (connector: JsonObject, targets: JsonObject[] = []) =>
      expandSam({
        Transform: SAM,
        Resources: { Rule: rule(targets), StateMachine: machine, C: { Type: 'AWS::Serverless::Connector', Properties: connector } },
      })
        .problems.filter((p) => p.kind === 'malformed')
        .map((p) => [p.path.join('/'), p.message]);
    expect(problems({ Source: { Id: 'Nope' }, Destination: { Id: 'StateMachine' }, Permissions: ['Write'] })).toEqual([
      ['Resources/C/Properties/Source/Id', expect.stringMatching(/"Nope", which is not a resource/)],
    ]);
    expect(problems({ Source: { Id: 'Rule' }, Destination: { Id: 'StateMachine' }, Permissions: ['Read'] })).toEqual([
      ['Resources/C/Properties/Permissions', expect.stringMatching(/only the Write permission/)],
    ]);
    expect(problems({ Source: { Id: 'Rule' }, Destination: { Id: 'StateMachine' }, Permissions: ['Write'] })).toEqual([
      ['Resources/C/Properties/Destination', expect.stringMatching(/IAM role of the rule's target/)],
    ]);
  });
});

describe("SAM's embedded connector test input", () => {
  it('gets only the error it deserves: three rules with one name on the default bus', () => {
    const read = readTemplate(
      readFileSync(`${corpus}aws_serverless-application-model__tests_translator_input_embedded_connectors_rule_to.yaml`, 'utf8'),
    );
    if (!read.ok) throw new Error(read.problem.message);
    const errors = validate(read.template).filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.ruleId, d.path])).toEqual([
      ['R-01', '/Resources/MyEventsRule2/Properties/Name'],
      ['R-01', '/Resources/MyEventsRuleToDefaultBus/Properties/Name'],
    ]);
  });
});
