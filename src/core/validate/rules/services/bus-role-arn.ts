import { targetFacts, targetName } from '../permissions/target-facts';
import type { Finding, ValidationRule } from '../../types';
import { addTargetRole } from './shared';
import { sameAccountAndRegion } from './bus-facts';

export const busRoleArn: ValidationRule = {
  id: 'BUS-06',
  severity: 'error',
  title: 'An event bus target in the same account and Region has a RoleArn',
  why: 'Between event buses of one account and Region, EventBridge sends with an IAM role on the sender: "you use IAM roles on the sender event bus to give the sender event bus permission to send events to the receiver event bus". The rule\'s target needs a RoleArn whose role allows events:PutEvents on the receiving bus.',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-bus-to-bus.html',
  check(ctx) {
    return targetFacts(ctx).flatMap((t): Finding[] => {
      // Buses in another account or Region, or in a place the template leaves open, are not judged:
      // whether they need a role depends on how the receiver grants access (an organization needs one).
      if (t.service !== 'events' || t.target.RoleArn !== undefined || sameAccountAndRegion(ctx, t) !== 'yes') return [];
      const bus = t.resourceId ? `event bus ${t.resourceId}` : 'an event bus';
      return [
        {
          resource: t.ruleId,
          path: t.path,
          target: { rule: t.ruleId, index: t.index },
          message: `Target ${targetName(t)} of ${t.ruleId} is ${bus} in the same account and Region but has no RoleArn: EventBridge sends events to another bus with a role that allows events:PutEvents on it.`,
          fix: {
            title: 'Add a role that may put events on this bus',
            apply: (template) => addTargetRole(template, t.ruleId, t.index, 'PutEvents', 'events:PutEvents'),
          },
        },
      ];
    });
  },
};
