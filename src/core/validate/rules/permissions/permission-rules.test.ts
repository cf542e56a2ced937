import { testRuleWithFixtures } from '../../fixtures.test-helper';
import { lambdaTargetRoleArn } from './lambda-target-role-arn';
import { lambdaTargetPermission } from './lambda-target-permission';
import { stateMachineTargetRole } from './state-machine-target-role';
import { roleTrustsEventBridge } from './role-trusts-eventbridge';
import { roleAllowsStartExecution } from './role-allows-start-execution';
import { rolePolicyTooWide } from './role-policy-too-wide';
import { permissionSourceArn } from './permission-source-arn';

const url = import.meta.url;
const lambdaTarget = '/Resources/InvokeLambdaFunctionEventRule/Properties/Targets/0';
const sfnTarget = '/Resources/InvokeStateMachineEventRule/Properties/Targets/0';
const role = '/Resources/InvokeStateMachineIamRole';

testRuleWithFixtures(lambdaTargetRoleArn, url, {
  'bad.json': [
    { path: `${lambdaTarget}/RoleArn`, resource: 'InvokeLambdaFunctionEventRule', message: /RoleArn is not supported for target/ },
  ],
  'bad-and-no-permission.json': [{ path: `${lambdaTarget}/RoleArn`, resource: 'InvokeLambdaFunctionEventRule' }],
});

testRuleWithFixtures(lambdaTargetPermission, url, {
  // A literal or Fn::Sub ARN that names a function of this template is judged like a reference to it.
  'bad-function-named-by-arn.json': [
    {
      path: '/Resources/Rule/Properties/Targets/0',
      resource: 'Rule',
      message: /^Nothing allows EventBridge to invoke the function for rule Rule/,
    },
  ],
  'bad-no-permission.json': [
    {
      path: lambdaTarget,
      resource: 'InvokeLambdaFunctionEventRule',
      message:
        /^Nothing allows EventBridge to invoke TestLambdaFunction for rule InvokeLambdaFunctionEventRule \(target "TestLambdaFunction"\)\. The stack deploys/,
    },
  ],
  'bad-other-rule.json': [
    {
      path: lambdaTarget,
      resource: 'InvokeLambdaFunctionEventRule',
      message: /InvokeLambdaFunctionPermission does not count: its SourceArn \(InvokeStateMachineEventRule\.Arn\) is not this rule's ARN/,
    },
  ],
  'bad-custom-bus-arn-written-for-default-bus.json': [
    {
      path: lambdaTarget,
      resource: 'InvokeLambdaFunctionEventRule',
      message: /its SourceArn \(arn:\$\{AWS::Partition\}.*rule\/start-lambda-function\) is not this rule's ARN/,
    },
  ],
  'bad-wrong-principal.json': [
    {
      path: lambdaTarget,
      resource: 'InvokeLambdaFunctionEventRule',
      message: /its Principal is sns\.amazonaws\.com, not events\.amazonaws\.com/,
    },
  ],
  'bad-alias-target-permission-on-function.json': [
    {
      path: lambdaTarget,
      resource: 'InvokeLambdaFunctionEventRule',
      message: /for the unqualified function, but the target invokes "live"/,
    },
  ],
});

testRuleWithFixtures(stateMachineTargetRole, url, {
  'bad.json': [{ path: sfnTarget, resource: 'InvokeStateMachineEventRule', message: /without a RoleArn/ }],
  'bad-literal-arn.json': [{ path: sfnTarget, resource: 'InvokeStateMachineEventRule' }],
});

testRuleWithFixtures(roleTrustsEventBridge, url, {
  'bad-wrong-service.json': [
    {
      path: `${role}/Properties/AssumeRolePolicyDocument`,
      resource: 'InvokeStateMachineIamRole',
      message: /does not let events\.amazonaws\.com assume it/,
    },
  ],
  'bad-condition-names-another-rule.json': [{ path: `${role}/Properties/AssumeRolePolicyDocument`, resource: 'InvokeStateMachineIamRole' }],
  'bad-explicit-deny.json': [
    {
      path: `${role}/Properties/AssumeRolePolicyDocument/Statement/1`,
      resource: 'InvokeStateMachineIamRole',
      message: /explicitly denies/,
    },
  ],
});

testRuleWithFixtures(roleAllowsStartExecution, url, {
  'bad-narrowed.json': [
    {
      path: `${role}/Properties`,
      resource: 'InvokeStateMachineIamRole',
      message:
        'Role InvokeStateMachineIamRole does not allow states:StartExecution on TestStateMachine, so EventBridge cannot start it for target "TestStateMachine" of InvokeStateMachineEventRule.',
    },
  ],
  'bad-other-state-machine.json': [{ path: `${role}/Properties`, resource: 'InvokeStateMachineIamRole' }],
  'bad-explicit-deny.json': [
    {
      path: `${role}/Properties/Policies/0/PolicyDocument/Statement/1`,
      resource: 'InvokeStateMachineIamRole',
      message: /explicitly denies states:StartExecution/,
    },
  ],
});

testRuleWithFixtures(rolePolicyTooWide, url, {
  'bad-any-resource.json': [
    {
      path: `${role}/Properties/Policies/0/PolicyDocument/Statement/0`,
      resource: 'InvokeStateMachineIamRole',
      message: /on every resource/,
    },
  ],
  'bad-any-action.json': [
    {
      path: `${role}/Properties/Policies/0/PolicyDocument/Statement/0`,
      resource: 'InvokeStateMachineIamRole',
      message: /allows "states:\*"/,
    },
  ],
});

testRuleWithFixtures(permissionSourceArn, url, {
  'bad.json': [
    {
      path: '/Resources/InvokeLambdaFunctionPermission/Properties',
      resource: 'InvokeLambdaFunctionPermission',
      message: /no SourceArn\. Only InvokeLambdaFunctionEventRule needs it\./,
    },
  ],
});
