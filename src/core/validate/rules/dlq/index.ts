import type { ValidationRule } from '../../types';
import { dlqQueuePolicy } from './dlq-queue-policy';
import { dlqStandardQueue } from './dlq-standard-queue';
import { dlqArn } from './dlq-arn';

/** Dead-letter queues: reachable by EventBridge, standard, named by ARN (ids DLQ-*). */
export const DLQ_RULES: readonly ValidationRule[] = [dlqQueuePolicy, dlqStandardQueue, dlqArn];
