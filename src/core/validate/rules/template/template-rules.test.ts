import { testRuleWithFixtures } from '../../fixtures.test-helper';
import { templateShape } from './template-shape';
import { logicalIds } from './logical-ids';
import { resourceStructure } from './resource-structure';
import { requiredProperties } from './required-properties';
import { unknownProperties } from './unknown-properties';
import { referencesExist } from './references-exist';
import { getAttAttributes } from './getatt-attributes';
import { noCycles } from './no-cycles';
import { intrinsicShape } from './intrinsic-shape';

const url = import.meta.url;

testRuleWithFixtures(templateShape, url, {
  'bad-array.json': [{ path: '', message: 'A template is a JSON object with a "Resources" section; this is an array.' }],
  'bad-no-resources.json': [{ path: '', message: /no "Resources" section/ }],
  'bad-resources-list.json': [{ path: '/Resources', message: /must be an object/ }],
});

testRuleWithFixtures(logicalIds, url, {
  'bad.json': [{ path: '/Resources/orders-queue', resource: 'orders-queue', message: /letters and digits/ }],
});

testRuleWithFixtures(resourceStructure, url, {
  'bad-seed-article.json': [
    {
      path: '/Resources/AssumeRolePolicyDocument',
      resource: 'AssumeRolePolicyDocument',
      message:
        '"AssumeRolePolicyDocument" is not a resource (it has no Type): it is the AWS::IAM::Role property of InvokeStateMachineIamRole, placed outside its Properties.',
    },
  ],
  'bad-beside-type.json': [
    {
      path: '/Resources/Role/AssumeRolePolicyDocument',
      resource: 'Role',
      message: /Invalid template resource property 'AssumeRolePolicyDocument'/,
    },
  ],
  'bad-version-on-queue.json': [
    { path: '/Resources/Queue/Version', resource: 'Queue', message: /Invalid template resource property 'Version'/ },
  ],
  'bad-no-type.json': [
    { path: '/Resources/Odd', resource: 'Odd', message: 'Resource Odd must be an object with a "Type".' },
    { path: '/Resources/Thing', resource: 'Thing', message: 'Resource Thing has no "Type", such as "AWS::Events::Rule".' },
  ],
});

testRuleWithFixtures(requiredProperties, url, {
  'bad.json': [
    {
      path: '/Resources/Permission/Properties',
      resource: 'Permission',
      message: 'Permission (AWS::Lambda::Permission) is missing its required property Principal.',
    },
    { path: '/Resources/Role/Properties', resource: 'Role', message: /AssumeRolePolicyDocument/ },
  ],
});

testRuleWithFixtures(unknownProperties, url, {
  'bad.json': [
    {
      path: '/Resources/Rule/Properties/Target',
      resource: 'Rule',
      message: 'AWS::Events::Rule has no property "Target"; did you mean "Targets"?',
    },
  ],
});

testRuleWithFixtures(referencesExist, url, {
  'bad.json': [
    { path: '/Outputs/Url/Value/Ref', message: /"Missing"/ },
    { path: '/Resources/Rule/Properties/Name/Fn::Sub', resource: 'Rule', message: /\$\{Stage\}/ },
    { path: '/Resources/Rule/Properties/Targets/0/Arn/Fn::GetAtt', resource: 'Rule', message: /"Queu".*did you mean "Queue"\?/ },
  ],
});

testRuleWithFixtures(getAttAttributes, url, {
  'bad.json': [
    {
      path: '/Resources/Out/Properties/TopicName/Fn::GetAtt',
      resource: 'Out',
      message: 'AWS::SQS::Queue has no attribute "Name" for Fn::GetAtt; it has Arn, QueueName, QueueUrl.',
    },
  ],
});

testRuleWithFixtures(noCycles, url, {
  'bad.json': [{ path: '/Resources/Role', resource: 'Role', message: /Circular dependency: Role → Rule → Role/ }],
});

testRuleWithFixtures(intrinsicShape, url, {
  'bad-seed-article.json': [
    {
      path: '/Resources/InvokeLambdaFunctionEventRule/Properties/Targets/0/Arn/Fn: :GetAtt',
      resource: 'InvokeLambdaFunctionEventRule',
      message: '"Fn: :GetAtt" is not an intrinsic function; it reads as a plain key. Write "Fn::GetAtt".',
    },
  ],
  'bad-shape.json': [
    { path: '/Resources/Q/Properties/QueueName/Ref', resource: 'Q', message: /Ref takes/ },
    { path: '/Resources/Q/Properties/Tags/0/Value/Fn::GetAtt', resource: 'Q', message: /Fn::GetAtt takes/ },
  ],
});
