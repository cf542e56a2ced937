import { getAtt, referencedId } from '../../../template/intrinsics';
import { uniqueLogicalId } from '../../../template/logical-ids';
import { resourcesOf, withResource } from '../../../template/resources';
import type { Template } from '../../../template/types';
import { setTargetProperty } from '../../../ops/set-target-property';
import { targetsOf } from '../../../ops/targets';
import { trustPolicyFor, allowPolicy } from '../../../ops/policies';
import { targetFacts, targetName } from './target-facts';
import type { ValidationRule } from '../../types';

/** Gives a state machine target a role that EventBridge can assume and that may start it. */
export function addStartExecutionRole(template: Template, ruleId: string, index: number): Template {
  const target = targetsOf(template, ruleId)[index];
  if (!target || target.Arn === undefined || !resourcesOf(template)[ruleId]) return template;
  const roleId = uniqueLogicalId(template, `${ruleId}${referencedId(target.Arn) ?? 'StateMachine'}Role`);
  const role = {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: trustPolicyFor('events.amazonaws.com'),
      Policies: [{ PolicyName: 'StartExecution', PolicyDocument: allowPolicy(['states:StartExecution'], [target.Arn]) }],
    },
  };
  return setTargetProperty(withResource(template, roleId, role), ruleId, index, 'RoleArn', getAtt(roleId, 'Arn'));
}

export const stateMachineTargetRole: ValidationRule = {
  id: 'SFN-01',
  severity: 'error',
  title: 'A Step Functions target has a RoleArn',
  why: 'EventBridge starts a state machine only by assuming the IAM role given in the target\'s RoleArn; without one, PutTargets fails ("RoleArn is required for target ...").',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-identity-based.html',
  check(ctx) {
    return targetFacts(ctx)
      .filter((t) => t.service === 'states' && t.target.RoleArn === undefined)
      .map((t) => ({
        resource: t.ruleId,
        path: t.path,
        target: { rule: t.ruleId, index: t.index },
        message: `Target ${targetName(t)} of ${t.ruleId} is a Step Functions state machine without a RoleArn: EventBridge needs a role it can assume that allows states:StartExecution on it.`,
        fix: {
          title: 'Add a role that may start this state machine',
          apply: (template) => addStartExecutionRole(template, t.ruleId, t.index),
        },
      }));
  },
};
