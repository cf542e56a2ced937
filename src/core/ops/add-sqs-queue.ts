import { idsOfType, propertiesOf, resourcesOf, withResource } from '../template/resources';
import type { Template } from '../template/types';
import { uniqueLogicalId, uniqueName } from '../template/logical-ids';
import { SQS_QUEUE } from './dead-letter-queue';
import type { Added } from './add-event-bus';

/**
 * Adds a standard SQS queue with SQS's defaults: it deploys as it is, and connecting a rule to it
 * adds the queue policy EventBridge needs to send to it.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queue.html
 */
export function addSqsQueue(template: Template): Added {
  const resources = resourcesOf(template);
  const names = idsOfType(template, SQS_QUEUE).map((id) => propertiesOf(resources[id]).QueueName);
  const name = uniqueName(names, 'queue');
  const id = uniqueLogicalId(template, 'Queue');
  return { id, template: withResource(template, id, { Type: SQS_QUEUE, Properties: { QueueName: name } }) };
}
