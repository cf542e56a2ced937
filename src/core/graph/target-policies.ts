import type { JsonObject } from '../template/json';
import { referencedIds } from '../template/intrinsics';
import { resourcesOf } from '../template/resources';
import type { LogicalId, Template } from '../template/types';
import type { Assignment } from '../resolve/assignments';
import { resolverFor } from '../iam/eventbridge-request';
import {
  eventBridgeMayDeliverTo,
  eventBridgeMayWriteLogs,
  logsPolicyTexts,
  queuePolicyIds,
  topicPolicyIds,
} from '../iam/resource-policies';
import type { TargetService } from '../iam/target-service';

/** The log group of this template a target writes to (Ref, GetAtt, or an ARN built with Fn::Sub from it). */
export function logGroupOfTarget(template: Template, target: JsonObject): LogicalId | undefined {
  const resources = resourcesOf(template);
  const groups = [...referencedIds(target.Arn)].filter((id) => resources[id]?.Type === 'AWS::Logs::LogGroup');
  return groups.length === 1 ? groups[0] : undefined;
}

/**
 * Every resource policy of this template that may apply to a target EventBridge calls through one:
 * the policies of an SNS topic or SQS queue, and the CloudWatch Logs resource policies (account-wide)
 * with a log group's own ResourcePolicyDocument (the log group itself is named then).
 */
export function policiesAroundTarget(template: Template, service: TargetService, target: JsonObject, resourceId?: LogicalId): LogicalId[] {
  const type = resourceId ? resourcesOf(template)[resourceId]?.Type : undefined;
  if (service === 'sns' && type === 'AWS::SNS::Topic') return topicPolicyIds(template, resourceId!);
  if (service === 'sqs' && type === 'AWS::SQS::Queue') return queuePolicyIds(template, resourceId!);
  if (service === 'logs') return [...new Set(logsPolicyTexts(template, logGroupOfTarget(template, target)).map((t) => t.id))];
  return [];
}

/**
 * The resource policies that let EventBridge call a target for one rule, proven by the same
 * evaluation as the validator's (or that may, when it depends on the deployment). Empty when none
 * does, or when the target is not authorised by a resource policy the designer reads.
 */
export function resourcePoliciesAdmitting(
  template: Template,
  assignments: Assignment[],
  ruleId: LogicalId,
  service: TargetService,
  target: JsonObject,
  resourceId?: LogicalId,
): LogicalId[] {
  const admits = (decision: string) => decision === 'allow' || decision === 'unknown';
  const ids = policiesAroundTarget(template, service, target, resourceId);
  if (service === 'sns' || service === 'sqs') {
    const kind = service === 'sns' ? 'topic' : 'queue';
    return ids.filter((id) => admits(eventBridgeMayDeliverTo(template, assignments, ruleId, kind, resourceId!, [id]).decision));
  }
  if (service === 'logs') {
    const group = logGroupOfTarget(template, target);
    if (!group) return [];
    return ids.filter((id) => {
      const texts = logsPolicyTexts(template, group).filter((t) => t.id === id);
      return admits(eventBridgeMayWriteLogs(template, assignments, ruleId, texts, (a) => resolverFor(template, a)(target.Arn)).decision);
    });
  }
  return [];
}
