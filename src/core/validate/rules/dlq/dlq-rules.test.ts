import { describe, expect, it } from 'vitest';
import { testRuleWithFixtures } from '../../fixtures.test-helper';
import { validate } from '../../validate';
import { seedDesign } from '../../../ops/seed-design';
import { addDeadLetterQueue, removeDeadLetterQueue } from '../../../ops/dead-letter-queue';
import { removeResources } from '../../../ops/remove-resources';
import { resourcesOf } from '../../../template/resources';
import { dlqQueuePolicy } from './dlq-queue-policy';
import { dlqStandardQueue } from './dlq-standard-queue';
import { dlqArn } from './dlq-arn';

const url = import.meta.url;
const T = '/Resources/InvokeLambdaFunctionEventRule/Properties/Targets/0';

testRuleWithFixtures(dlqQueuePolicy, url, {
  'bad.json': [
    {
      path: `${T}/DeadLetterConfig`,
      resource: 'InvokeLambdaFunctionEventRule',
      message: /no queue policy allows events\.amazonaws\.com sqs:SendMessage/,
    },
  ],
});
testRuleWithFixtures(dlqStandardQueue, url, {
  'bad.json': [{ path: `${T}/DeadLetterConfig/Arn`, resource: 'InvokeLambdaFunctionEventRule', message: /is a FIFO queue/ }],
});
testRuleWithFixtures(dlqArn, url, {
  'bad.json': [{ path: `${T}/DeadLetterConfig/Arn`, resource: 'InvokeLambdaFunctionEventRule', message: /which is the queue's URL/ }],
});

describe('dead-letter queue operations', () => {
  it('adds a queue, the policy EventBridge needs and the DeadLetterConfig, leaving a template without errors', () => {
    const { template, queueId } = addDeadLetterQueue(seedDesign(), 'InvokeLambdaFunctionEventRule', 0);
    expect(resourcesOf(template)[queueId]?.Type).toBe('AWS::SQS::Queue');
    expect(validate(template).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('removing the DLQ, or the rule, takes the statement for that rule away and keeps the template valid', () => {
    const { template, queueId } = addDeadLetterQueue(seedDesign(), 'InvokeLambdaFunctionEventRule', 0);
    const without = removeDeadLetterQueue(template, 'InvokeLambdaFunctionEventRule', 0);
    expect(resourcesOf(without)[`${queueId}Policy`]).toBeUndefined();
    expect(resourcesOf(without)[queueId]).toBeDefined();
    const ruleGone = removeResources(template, ['InvokeLambdaFunctionEventRule']);
    expect(resourcesOf(ruleGone)[`${queueId}Policy`]).toBeUndefined();
    expect(validate(ruleGone).filter((d) => d.severity === 'error')).toEqual([]);
  });
});
