import { referencedId } from '../../../template/intrinsics';
import { rolePoliciesOf } from '../../../iam/role-policies';
import type { Json } from '../../../template/json';
import { targetFacts } from './target-facts';
import type { Finding, ValidationRule } from '../../types';

const text = (v: Json) => (typeof v === 'string' ? v : undefined);
const startsExecution = (action: string) => /^(\*|states:\*|states:start\*|states:startexecution)$/i.test(action);

export const rolePolicyTooWide: ValidationRule = {
  id: 'SFN-04',
  severity: 'warning',
  title: 'The target role allows only what EventBridge needs',
  why: 'A role EventBridge assumes should allow states:StartExecution on its state machine only: Resource "*" or wildcard actions let anything that can use the role start or change other workflows (least privilege).',
  source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  check(ctx) {
    const found: Finding[] = [];
    const seen = new Set<string>();
    for (const t of targetFacts(ctx)) {
      const roleId = referencedId(t.target.RoleArn);
      if (t.service !== 'states' || !roleId || ctx.resources[roleId]?.Type !== 'AWS::IAM::Role') continue;
      for (const { statement: s, pointer } of rolePoliciesOf(ctx.template, roleId).statements) {
        if (s.effect !== 'Allow' || seen.has(pointer)) continue;
        const actions = (s.action ?? []).map(text).filter((a): a is string => a !== undefined);
        const wideAction = actions.find((a) => a === '*' || /^states:\*$/i.test(a));
        const wideResource = (s.resource ?? []).some((r) => r === '*') && actions.some(startsExecution);
        if (!wideAction && !wideResource && !s.notAction && !s.notResource) continue;
        seen.add(pointer);
        const what = wideAction
          ? `allows "${wideAction}"`
          : wideResource
            ? 'allows states:StartExecution on every resource ("*")'
            : 'uses NotAction or NotResource';
        found.push({
          resource: roleId,
          path: pointer,
          message: `Role ${roleId}, which EventBridge assumes for ${t.ruleId}, ${what}. Allow states:StartExecution on the state machine's ARN only.`,
        });
      }
    }
    return found;
  },
};
