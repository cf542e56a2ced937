import { idsOfType, propertiesOf, resourcesOf, withResource } from '../template/resources';
import type { Template } from '../template/types';
import { uniqueLogicalId, uniqueName } from '../template/logical-ids';
import { SNS_TOPIC } from './target-resource-policies';
import type { Added } from './add-event-bus';

/**
 * Adds a standard SNS topic, unencrypted, with no subscription: it deploys as it is, and connecting a
 * rule to it adds the topic policy EventBridge needs to publish.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topic.html
 */
export function addSnsTopic(template: Template): Added {
  const resources = resourcesOf(template);
  const names = idsOfType(template, SNS_TOPIC).map((id) => propertiesOf(resources[id]).TopicName);
  const name = uniqueName(names, 'topic');
  const id = uniqueLogicalId(template, 'Topic');
  return { id, template: withResource(template, id, { Type: SNS_TOPIC, Properties: { TopicName: name } }) };
}
