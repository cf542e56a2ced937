import { targetFacts } from '../permissions/target-facts';
import type { Finding, ValidationRule } from '../../types';
import { allowOnRole, roleAllows, roleFinding, targetArn, targetRoleId } from './shared';
import { busHasPolicy } from './bus-facts';

export const busPutEvents: ValidationRule = {
  id: 'BUS-07',
  severity: 'error',
  title: 'The target role may put events on the target event bus',
  why: "EventBridge sends to another event bus with the target role, which must allow events:PutEvents on the receiving bus's ARN (no explicit Deny refusing it). Checked for buses of this template without a resource policy: a bus policy can grant the same in its own account, and a bus elsewhere has a policy the template does not show.",
  source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus-perms.html',
  check(ctx) {
    return targetFacts(ctx).flatMap((t): Finding[] => {
      const roleId = targetRoleId(ctx, t);
      const busId = t.resourceId;
      if (t.service !== 'events' || !roleId || !busId || ctx.resources[busId]?.Type !== 'AWS::Events::EventBus' || busHasPolicy(ctx, busId))
        return [];
      return roleFinding(t, roleId, roleAllows(ctx, roleId, 'events:PutEvents', targetArn(ctx, t)), {
        action: 'events:PutEvents',
        on: `event bus ${busId}`,
        fix: {
          title: 'Allow events:PutEvents on this bus',
          apply: (template) => allowOnRole(template, roleId, 'PutEvents', 'events:PutEvents', t.target.Arn!),
        },
      });
    });
  },
};
