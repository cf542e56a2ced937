import { describe, expect, it } from 'vitest';
import { testRuleWithFixtures } from '../../fixtures.test-helper';
import { validate } from '../../validate';
import { ALL_RULES } from '../../all-rules';
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

const url = import.meta.url;
const rule = 'OrdersRule';
const T = `/Resources/${rule}/Properties/Targets/0`;

testRuleWithFixtures(snsTopicPolicy, url, {
  'bad.json': [
    { path: T, resource: rule, message: /^Nothing lets EventBridge publish to topic Topic for rule OrdersRule \(target "Topic"\)/ },
  ],
  'bad-other-rule.json': [{ path: T, resource: rule, message: /no topic policy allows events\.amazonaws\.com sns:Publish/ }],
  'bad-wrong-principal.json': [{ path: T, resource: rule }],
  'bad-explicit-deny.json': [
    { path: '/Resources/TopicPolicy/Properties/PolicyDocument/Statement/1', resource: rule, message: /explicitly denies/ },
  ],
});

testRuleWithFixtures(snsManagedKey, url, {
  'bad.json': [{ path: '/Resources/Topic/Properties/KmsMasterKeyId', resource: 'Topic', message: /AWS managed key alias\/aws\/sns/ }],
  'bad-alias-arn.json': [{ path: '/Resources/Topic/Properties/KmsMasterKeyId', resource: 'Topic' }],
});

testRuleWithFixtures(sqsQueuePolicy, url, {
  'bad.json': [{ path: T, resource: rule, message: /^Nothing lets EventBridge send to queue Queue for rule OrdersRule/ }],
  'bad-other-rule.json': [{ path: T, resource: rule }],
  'bad-explicit-deny.json': [
    { path: '/Resources/QueuePolicy/Properties/PolicyDocument/Statement/1', resource: rule, message: /explicitly denies/ },
  ],
});

testRuleWithFixtures(sqsFifoGroup, url, {
  'bad.json': [{ path: T, resource: rule, message: /Queue Queue is a FIFO queue.*SqsParameters must be specified/ }],
  'bad-literal-arn.json': [{ path: `${T}/SqsParameters`, resource: rule, message: /^The queue is a FIFO queue/ }],
});

testRuleWithFixtures(sqsFifoDeduplication, url, {
  'bad.json': [{ path: '/Resources/Queue/Properties', resource: 'Queue', message: /without content-based deduplication/ }],
  'bad-turned-off.json': [{ path: '/Resources/Queue/Properties/ContentBasedDeduplication', resource: 'Queue' }],
});

testRuleWithFixtures(logsResourcePolicy, url, {
  'bad.json': [{ path: T, resource: rule, message: /No resource policy in this template lets EventBridge write to log group Logs/ }],
  'bad-other-log-groups.json': [{ path: T, resource: rule }],
});

testRuleWithFixtures(logsRoleArn, url, {
  'bad.json': [{ path: `${T}/RoleArn`, resource: rule, message: /CloudWatch Logs log group but has a RoleArn/ }],
});

testRuleWithFixtures(kinesisRoleArn, url, {
  'bad.json': [{ path: T, resource: rule, message: /Kinesis stream without a RoleArn/ }],
});

testRuleWithFixtures(kinesisPutRecord, url, {
  'bad.json': [
    {
      path: '/Resources/TargetRole/Properties',
      resource: 'TargetRole',
      message:
        'Role TargetRole does not allow kinesis:PutRecord on Stream, so EventBridge cannot deliver to target "Stream" of OrdersRule.',
    },
  ],
  'bad-explicit-deny.json': [
    {
      path: '/Resources/TargetRole/Properties/Policies/0/PolicyDocument/Statement/1',
      resource: 'TargetRole',
      message: /explicitly denies kinesis:PutRecord/,
    },
  ],
});

testRuleWithFixtures(busRoleArn, url, {
  'bad.json': [{ path: T, resource: rule, message: /event bus Bus in the same account and Region but has no RoleArn/ }],
  'bad-default-bus.json': [{ path: T, resource: rule, message: /is an event bus in the same account/ }],
});

testRuleWithFixtures(busPutEvents, url, {
  'bad.json': [
    { path: '/Resources/TargetRole/Properties', resource: 'TargetRole', message: /does not allow events:PutEvents on event bus Bus/ },
  ],
});

testRuleWithFixtures(notChecked, url, {
  'bad.json': [{ path: T, resource: rule, message: /is an Amazon ECS target: the designer does not check/ }],
  'bad-api-destination.json': [{ path: T, resource: rule, message: /is an EventBridge API destination target/ }],
});

describe('target services, all rules together', () => {
  const good = (id: string, name: string) => `./__fixtures__/${id}/${name}.json`;
  it('finds no error in the good fixtures of the role-based targets (trust, role policy and target rules agree)', async () => {
    for (const file of [good('KIN-02', 'good'), good('BUS-07', 'good'), good('SQS-02', 'good'), good('LOGS-01', 'good-log-group-arn')]) {
      const template = (await import(file, { with: { type: 'json' } })) as { default: unknown };
      expect(
        validate(template.default, ALL_RULES).filter((d) => d.severity === 'error'),
        file,
      ).toEqual([]);
    }
  });
});
