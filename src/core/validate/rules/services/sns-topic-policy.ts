import { ref } from '../../../template/intrinsics';
import type { JsonObject } from '../../../template/json';
import type { LogicalId } from '../../../template/types';
import { eventBridgeMayDeliverTo, topicPolicyIds } from '../../../iam/resource-policies';
import { targetFacts, targetName } from '../permissions/target-facts';
import type { ValidationRule } from '../../types';
import { addPolicyStatement, resourcePolicyFinding } from './shared';

/**
 * The statement the EventBridge User Guide gives for a topic: events.amazonaws.com may sns:Publish
 * on it. Without a Condition, as in the guide, which notes that Condition blocks cannot be used in
 * SNS topic policies for EventBridge.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-sns-permissions
 */
export function snsPublishStatement(topicId: LogicalId, ruleId: LogicalId): JsonObject {
  return {
    Sid: `Allow${ruleId}ToPublish`,
    Effect: 'Allow',
    Principal: { Service: 'events.amazonaws.com' },
    Action: 'sns:Publish',
    Resource: ref(topicId),
  };
}

export const snsTopicPolicy: ValidationRule = {
  id: 'SNS-01',
  severity: 'error',
  title: "An SNS topic target's policy lets EventBridge publish to it",
  why: 'EventBridge publishes to a topic only if the topic policy (AWS::SNS::TopicPolicy) allows events.amazonaws.com sns:Publish on it; a statement whose condition names another rule or account does not count. CloudFormation adds nothing by itself: the rule matches and every delivery fails (FailedInvocations).',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-sns-permissions',
  check(ctx) {
    return targetFacts(ctx).flatMap((t) => {
      const topicId = t.resourceId;
      // With a RoleArn EventBridge may publish with the role instead (the User Guide has said both): not judged here.
      if (t.service !== 'sns' || !topicId || ctx.resources[topicId]?.Type !== 'AWS::SNS::Topic' || t.target.RoleArn !== undefined)
        return [];
      const result = eventBridgeMayDeliverTo(
        ctx.template,
        ctx.assignments,
        t.ruleId,
        'topic',
        topicId,
        topicPolicyIds(ctx.template, topicId),
      );
      return resourcePolicyFinding(
        t,
        result,
        {
          denied: `The policy of topic ${topicId} explicitly denies EventBridge sns:Publish, so target ${targetName(t)} of ${t.ruleId} never receives an event.`,
          missing: `Nothing lets EventBridge publish to topic ${topicId} for rule ${t.ruleId} (target ${targetName(t)}): no topic policy allows events.amazonaws.com sns:Publish on it. The stack deploys, but every matched event fails (FailedInvocations).`,
        },
        {
          title: 'Allow EventBridge to publish to the topic',
          apply: (template) =>
            addPolicyStatement(
              template,
              topicPolicyIds(template, topicId),
              { type: 'AWS::SNS::TopicPolicy', baseId: `${topicId}Policy`, properties: { Topics: [ref(topicId)] } },
              snsPublishStatement(topicId, t.ruleId),
            ),
        },
      );
    });
  },
};
