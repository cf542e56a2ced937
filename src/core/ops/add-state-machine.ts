import { idsOfType, propertiesOf, resourcesOf, withResource } from '../template/resources';
import { RESOURCE_TYPES, type Template } from '../template/types';
import { uniqueLogicalId, uniqueName } from '../template/logical-ids';
import { getAtt } from '../template/intrinsics';
import { trustPolicyFor } from './policies';
import type { Added } from './add-event-bus';

/**
 * Adds a Standard state machine with a one-state definition and an execution role that Step
 * Functions can assume. A Pass state calls no service, so the role needs no policy.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-stepfunctions-statemachine.html
 */
export function addStateMachine(template: Template): Added {
  const resources = resourcesOf(template);
  const names = idsOfType(template, RESOURCE_TYPES.stateMachine).map((id) => propertiesOf(resources[id]).StateMachineName);
  const name = uniqueName(names, 'state-machine');
  const id = uniqueLogicalId(template, 'StateMachine');
  const roleId = uniqueLogicalId({ ...template, Resources: { ...resources, [id]: {} } }, `${id}ExecutionRole`);
  const withRole = withResource(template, roleId, {
    Type: RESOURCE_TYPES.role,
    Properties: { AssumeRolePolicyDocument: trustPolicyFor('states.amazonaws.com') },
  });
  return {
    id,
    template: withResource(withRole, id, {
      Type: RESOURCE_TYPES.stateMachine,
      Properties: {
        StateMachineName: name,
        StateMachineType: 'STANDARD',
        RoleArn: getAtt(roleId, 'Arn'),
        Definition: {
          Comment: 'Placeholder workflow: replace with your own states.',
          StartAt: 'ReceiveEvent',
          States: { ReceiveEvent: { Type: 'Pass', End: true } },
        },
      },
    }),
  };
}
