import { referencedIds } from '../../../template/intrinsics';
import type { LogicalId, Template } from '../../../template/types';
import { uniqueLogicalId } from '../../../template/logical-ids';
import { withResource } from '../../../template/resources';
import { eventBridgeMayWriteLogs, logsPolicyTexts, LOGS_ACTIONS } from '../../../iam/resource-policies';
import { targetFacts, targetName, type TargetFacts } from '../permissions/target-facts';
import type { ValidationContext, ValidationRule } from '../../types';
import { resourcePolicyFinding, targetArn } from './shared';

/** The log group of this template a target writes to: Ref or GetAtt of it, or an ARN built with Fn::Sub from it. */
export function targetLogGroupId(ctx: ValidationContext, t: TargetFacts): LogicalId | undefined {
  const ids = t.resourceId ? [t.resourceId] : [...referencedIds(t.target.Arn)];
  const groups = ids.filter((id) => ctx.resources[id]?.Type === 'AWS::Logs::LogGroup');
  return groups.length === 1 ? groups[0] : undefined;
}

/**
 * A resource policy that lets EventBridge write to one log group, as the EventBridge User Guide gives
 * it (its example also names delivery.logs.amazonaws.com). The document is JSON text; Fn::Sub puts the
 * log group's ARN in.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-cloudwatchlogs-permissions
 */
export function addLogsResourcePolicy(template: Template, logGroupId: LogicalId): Template {
  const id = uniqueLogicalId(template, `${logGroupId}EventBridgePolicy`);
  const document = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'TrustEventsToStoreLogEvent',
        Effect: 'Allow',
        Principal: { Service: ['events.amazonaws.com', 'delivery.logs.amazonaws.com'] },
        Action: LOGS_ACTIONS,
        Resource: `\${${logGroupId}.Arn}`,
      },
    ],
  };
  return withResource(template, id, {
    Type: 'AWS::Logs::ResourcePolicy',
    Properties: { PolicyName: id, PolicyDocument: { 'Fn::Sub': JSON.stringify(document) } },
  });
}

export const logsResourcePolicy: ValidationRule = {
  id: 'LOGS-01',
  // A warning: a CloudWatch Logs resource policy is account-wide, so one made outside this template
  // (the console makes one for /aws/events/*) may already let EventBridge write.
  severity: 'warning',
  title: 'A log group target has a resource policy that lets EventBridge write to it',
  why: 'EventBridge creates a log stream and writes the events to a log group only if a CloudWatch Logs resource policy lets events.amazonaws.com call logs:CreateLogStream and logs:PutLogEvents on it. Added with CloudFormation, the policy must be created too (AWS::Logs::ResourcePolicy); it is account-wide, so it may also exist outside this template.',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-cloudwatchlogs-permissions',
  check(ctx) {
    return targetFacts(ctx).flatMap((t) => {
      const logGroupId = t.service === 'logs' ? targetLogGroupId(ctx, t) : undefined;
      if (!logGroupId) return [];
      const result = eventBridgeMayWriteLogs(
        ctx.template,
        ctx.assignments,
        t.ruleId,
        logsPolicyTexts(ctx.template, logGroupId),
        targetArn(ctx, t),
      );
      return resourcePolicyFinding(
        t,
        result,
        {
          denied: `A CloudWatch Logs resource policy explicitly denies EventBridge writing to log group ${logGroupId}, so target ${targetName(t)} of ${t.ruleId} logs nothing.`,
          missing: `No resource policy in this template lets EventBridge write to log group ${logGroupId} (logs:CreateLogStream and logs:PutLogEvents for events.amazonaws.com), so target ${targetName(t)} of ${t.ruleId} logs nothing unless such a policy already exists in the account.`,
        },
        {
          title: 'Add a resource policy that lets EventBridge write to the log group',
          apply: (template) => addLogsResourcePolicy(template, logGroupId),
        },
      );
    });
  },
};
