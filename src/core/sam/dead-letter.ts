import { getAtt, ref } from '../template/intrinsics';
import { isJsonObject, type Json, type JsonObject } from '../template/json';
import type { LogicalId } from '../template/types';
import type { Emitter, EventOwner, GeneratedBy, SamPath } from './types';

// The keys of an event's DeadLetterConfig.
// https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-deadletterconfig.html
const DLQ_KEYS = ['Arn', 'Type', 'QueueLogicalId'];

/** Keys SAM does not know that are a known key in another case (QueuelogicalId), said as a hint. */
function misspelt(config: JsonObject): string {
  const hints = Object.keys(config).flatMap((k) => {
    const known = DLQ_KEYS.find((d) => d !== k && d.toLowerCase() === k.toLowerCase());
    return known ? [`${k} is not a key SAM knows (${known}?)`] : [];
  });
  return hints.length > 0 ? ` ${hints.join('; ')}.` : '';
}

/**
 * The dead-letter queue ARN of an event's target. `Arn` is used as given; `Type: SQS` makes SAM create
 * a queue (QueueLogicalId, or <rule>Queue) and, for an EventBridge rule, a queue policy
 * <rule>QueuePolicy that lets the rule send to it.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-deadletterconfig.html
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html
 */
export function deadLetterArn(
  emit: Emitter,
  owner: EventOwner,
  ruleId: LogicalId,
  config: Json,
  path: SamPath,
  by: GeneratedBy,
  withQueuePolicy: boolean,
): Json | undefined {
  if (!isJsonObject(config)) {
    emit.issue('malformed', path, 'DeadLetterConfig must be an object with Arn, or with Type: SQS.');
    return undefined;
  }
  if (config.Arn !== undefined) return config.Arn;
  if (config.Type !== 'SQS') {
    emit.issue('malformed', path, `DeadLetterConfig needs either Arn or Type: SQS; SAM refuses the template.${misspelt(config)}`);
    return undefined;
  }
  const queueId = typeof config.QueueLogicalId === 'string' ? config.QueueLogicalId : `${ruleId}Queue`;
  const added = emit.add(queueId, { Type: 'AWS::SQS::Queue', ...owner.attributes }, by);
  if (!added) return undefined;
  if (withQueuePolicy) {
    emit.add(
      `${ruleId}QueuePolicy`,
      {
        Type: 'AWS::SQS::QueuePolicy',
        ...owner.attributes,
        Properties: {
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Action: 'sqs:SendMessage',
                Effect: 'Allow',
                Principal: { Service: 'events.amazonaws.com' },
                Resource: getAtt(queueId, 'Arn'),
                Condition: { ArnEquals: { 'aws:SourceArn': getAtt(ruleId, 'Arn') } },
              },
            ],
          },
          Queues: [ref(queueId)],
        },
      },
      by,
    );
  }
  return getAtt(queueId, 'Arn');
}
