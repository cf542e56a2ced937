import { propertiesOf } from '../../../template/resources';
import { refersTo } from '../../../template/intrinsics';
import type { LogicalId } from '../../../template/types';
import { decide, type Assignment } from '../../../resolve/assignments';
import type { TargetFacts } from '../permissions/target-facts';
import type { ValidationContext } from '../../types';
import { resolverFor } from '../permissions/eventbridge-request';
import { targetArn } from './shared';

/** Region and account of an event bus ARN. */
export function busPlace(arn: string | undefined): { region: string; account: string } | undefined {
  const m = arn === undefined ? null : /^arn:[^:]+:events:([^:]*):([^:]*):event-bus\/.+$/.exec(arn);
  return m ? { region: m[1]!, account: m[2]! } : undefined;
}

/** Whether an event bus target is in the rule's own account and Region, under every deployment ('unknown' when that depends). */
export function sameAccountAndRegion(ctx: ValidationContext, t: TargetFacts) {
  return decide(ctx.assignments, (a: Assignment) => {
    const place = busPlace(targetArn(ctx, t)(a));
    return place && place.region === a.region && place.account === a.account;
  });
}

/**
 * Whether the template gives an event bus of its own a resource policy: its Policy property, or an
 * AWS::Events::EventBusPolicy whose EventBusName is the bus (Ref, or the bus's Name).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-events-eventbuspolicy.html
 */
export function busHasPolicy(ctx: ValidationContext, busId: LogicalId): boolean {
  const bus = propertiesOf(ctx.resources[busId]);
  if (bus.Policy !== undefined) return true;
  return Object.values(ctx.resources).some((r) => {
    if (r.Type !== 'AWS::Events::EventBusPolicy') return false;
    const name = propertiesOf(r).EventBusName;
    if (refersTo(name, busId)) return true;
    const a = ctx.assignments[0]!;
    const text = resolverFor(ctx.template, a)(name);
    return text !== undefined && text === resolverFor(ctx.template, a)(bus.Name);
  });
}
