import type { ValidationRule } from '../../types';
import { snsTopicPolicy } from './sns-topic-policy';
import { snsManagedKey } from './sns-managed-key';
import { sqsQueuePolicy } from './sqs-queue-policy';
import { sqsFifoGroup } from './sqs-fifo-group';
import { sqsFifoDeduplication } from './sqs-fifo-deduplication';
import { logsResourcePolicy } from './logs-resource-policy';
import { logsRoleArn } from './logs-role-arn';
import { kinesisRoleArn } from './kinesis-role-arn';
import { kinesisPutRecord } from './kinesis-put-record';
import { busRoleArn } from './bus-role-arn';
import { busPutEvents } from './bus-put-events';
import { notChecked } from './not-checked';

/**
 * How EventBridge may call targets other than Lambda and Step Functions: SNS topics and SQS queues
 * by their resource policy, log groups by a CloudWatch Logs resource policy, Kinesis streams and
 * other event buses by the target's role; everything else is named as not checked.
 */
export const SERVICE_RULES: readonly ValidationRule[] = [
  snsTopicPolicy,
  snsManagedKey,
  sqsQueuePolicy,
  sqsFifoGroup,
  sqsFifoDeduplication,
  logsResourcePolicy,
  logsRoleArn,
  kinesisRoleArn,
  kinesisPutRecord,
  busRoleArn,
  busPutEvents,
  notChecked,
];
