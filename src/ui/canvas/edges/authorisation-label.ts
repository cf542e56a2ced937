import type { Authorisation } from '../../../core/graph/types';

/** How an edge tells the user what lets EventBridge call the target. */
export function authorisationLabel(a: Authorisation): { text: string; title: string; tone: 'ok' | 'missing' } {
  switch (a.mechanism) {
    case 'role':
      return { text: 'via IAM role', title: `EventBridge assumes the role ${a.roleId} to call this target.`, tone: 'ok' };
    case 'resource-policy':
      return {
        text: 'via resource policy',
        title: `The function's resource-based policy (${a.permissionIds.join(', ')}) lets this rule invoke it.`,
        tone: 'ok',
      };
    case 'none':
      return { text: 'not authorised', title: 'Neither a role nor a resource policy lets EventBridge call this target.', tone: 'missing' };
  }
}
