import { getAtt } from '../../../template/intrinsics';
import { resolveString } from '../../../resolve/resolve-value';
import { setResourceProperty } from '../../../ops/set-property';
import { resourcePointer } from '../../pointer';
import { resourcesOfType } from '../../resources-of-type';
import { permissionVerdict } from '../../../iam/lambda-permissions';
import { targetFacts } from './target-facts';
import type { Finding, ValidationRule } from '../../types';

export const permissionSourceArn: ValidationRule = {
  id: 'LPERM-06',
  severity: 'warning',
  title: 'A Lambda permission for EventBridge names its rule (SourceArn)',
  why: 'Without SourceArn, any EventBridge rule, in any account, that targets the function may invoke it (the confused deputy problem); SourceArn limits the permission to one rule.',
  source: 'https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-services.html',
  check(ctx) {
    const a = ctx.assignments[0]!;
    const targets = targetFacts(ctx).filter((t) => t.service === 'lambda');
    return resourcesOfType(ctx, 'AWS::Lambda::Permission').flatMap(([id, , p]): Finding[] => {
      if (p.SourceArn !== undefined || resolveString(ctx.template, p.Principal, a) !== 'events.amazonaws.com') return [];
      // The rules this permission serves: offer to name the rule when there is exactly one.
      const served = [
        ...new Set(
          targets.filter((t) => permissionVerdict(ctx.template, id, t.ruleId, t.target.Arn, a).namesFunction).map((t) => t.ruleId),
        ),
      ];
      const only = served.length === 1 ? served[0] : undefined;
      return [
        {
          resource: id,
          path: resourcePointer(id, 'Properties'),
          message: `${id} lets any EventBridge rule invoke the function: it has no SourceArn.${only ? ` Only ${only} needs it.` : ''}`,
          fix: only
            ? { title: `Limit it to ${only}`, apply: (template) => setResourceProperty(template, id, 'SourceArn', getAtt(only, 'Arn')) }
            : undefined,
        },
      ];
    });
  },
};
