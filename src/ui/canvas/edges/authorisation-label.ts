import type { Authorisation, NodeKind } from '../../../core/graph/types';

const POLICY_OF: Partial<Record<NodeKind, string>> = {
  lambda: "The function's resource-based policy",
  topic: "The topic's policy",
  queue: "The queue's policy",
  logGroup: 'The CloudWatch Logs resource policy',
};

/**
 * How an edge tells the user what lets EventBridge call the target. A target outside the template,
 * or of a service the designer does not check, is "not checked" rather than "not authorised".
 */
export function authorisationLabel(
  a: Authorisation,
  targetKind?: NodeKind,
): { text: string; title: string; tone: 'ok' | 'missing' | 'unknown' } {
  if (a.mechanism === 'none' && (targetKind === 'external' || targetKind === 'resource')) {
    return {
      text: 'not checked',
      title: 'This target is outside the template or of a service whose permissions the designer does not check.',
      tone: 'unknown',
    };
  }
  switch (a.mechanism) {
    case 'role':
      return { text: 'via IAM role', title: `EventBridge assumes the role ${a.roleId} to call this target.`, tone: 'ok' };
    case 'resource-policy':
      return {
        text: 'via resource policy',
        title: `${(targetKind && POLICY_OF[targetKind]) ?? "The target's resource-based policy"} (${a.permissionIds.join(', ')}) lets this rule call it.`,
        tone: 'ok',
      };
    case 'none':
      return { text: 'not authorised', title: 'Neither a role nor a resource policy lets EventBridge call this target.', tone: 'missing' };
  }
}
