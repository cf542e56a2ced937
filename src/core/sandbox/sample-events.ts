import type { JsonObject } from '../template/json';

export interface SampleEvent {
  id: string;
  label: string;
  /** Where the example comes from. */
  source: string;
  event: JsonObject;
}

const envelope = (source: string, detailType: string, resources: string[], detail: JsonObject, id: string, time: string): JsonObject => ({
  version: '0',
  id,
  'detail-type': detailType,
  source,
  account: '123456789012',
  time,
  region: 'us-east-1',
  resources,
  detail,
});

/**
 * Example events to try patterns with: the AWS service events people write rules for most, as the
 * AWS documentation shows them, and the custom events of the article's scenario.
 */
export const SAMPLE_EVENTS: readonly SampleEvent[] = [
  {
    id: 'ec2-state-change',
    label: 'EC2 instance state change (aws.ec2)',
    source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html',
    event: envelope(
      'aws.ec2',
      'EC2 Instance State-change Notification',
      ['arn:aws:ec2:us-east-1:123456789012:instance/i-1234567890abcdef0'],
      { 'instance-id': 'i-1234567890abcdef0', state: 'running' },
      '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
      '2017-12-22T18:43:48Z',
    ),
  },
  {
    id: 's3-object-created',
    label: 'S3 object created (aws.s3)',
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html',
    event: envelope(
      'aws.s3',
      'Object Created',
      ['arn:aws:s3:::amzn-s3-demo-bucket1'],
      {
        version: '0',
        bucket: { name: 'amzn-s3-demo-bucket1' },
        object: { key: 'example-key', size: 5, etag: 'b1946ac92492d2347c6235b4d2611184', sequencer: '617f08299329d189' },
        'request-id': 'N4N7GDK58NMKJ12R',
        requester: '123456789012',
        'source-ip-address': '1.2.3.4',
        reason: 'PutObject',
      },
      '17793124-05d4-b198-2fde-7ededc63b103',
      '2021-11-12T00:00:00Z',
    ),
  },
  {
    id: 'scheduled-event',
    label: 'Scheduled event (aws.events)',
    source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-run-lambda-schedule.html',
    event: envelope(
      'aws.events',
      'Scheduled Event',
      ['arn:aws:events:us-east-1:123456789012:rule/my-scheduled-rule'],
      {},
      '53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa',
      '2015-10-08T16:53:06Z',
    ),
  },
  {
    id: 'states-execution-failed',
    label: 'Step Functions execution failed (aws.states)',
    source: 'https://docs.aws.amazon.com/step-functions/latest/dg/cw-events.html',
    event: envelope(
      'aws.states',
      'Step Functions Execution Status Change',
      ['arn:aws:states:us-east-1:123456789012:execution:state-machine-name:execution-name'],
      {
        executionArn: 'arn:aws:states:us-east-1:123456789012:execution:state-machine-name:execution-name',
        stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:state-machine',
        name: 'execution-name',
        status: 'FAILED',
        startDate: 1551225271984,
        stopDate: 1551225277984,
        input: '{}',
        output: null,
      },
      '315c1398-40ff-a850-213b-158f73e60175',
      '2019-02-26T19:42:21Z',
    ),
  },
  {
    id: 'cloudtrail-create-bucket',
    label: 'S3 CreateBucket API call via CloudTrail',
    source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event.html',
    event: envelope(
      'aws.s3',
      'AWS API Call via CloudTrail',
      [],
      {
        eventSource: 's3.amazonaws.com',
        eventName: 'CreateBucket',
        awsRegion: 'us-east-1',
        sourceIPAddress: '100.100.100.100',
        userIdentity: { type: 'Root', principalId: '123456789012', arn: 'arn:aws:iam::123456789012:root', accountId: '123456789012' },
        requestParameters: { bucketName: 'amzn-s3-demo-bucket' },
        responseElements: null,
        eventType: 'AwsApiCall',
      },
      '36eb8523-97d0-4518-b33d-ee3579ff19f0',
      '2016-02-20T01:09:13Z',
    ),
  },
  {
    id: 'custom-start-state-machine',
    label: 'Custom: start-state-machine (the article)',
    source: 'The seed article: a custom event whose detail-type starts the state machine.',
    event: envelope(
      'com.example.app',
      'start-state-machine',
      [],
      { orderId: 'o-1001' },
      'a1b2c3d4-0001-4000-8000-000000000001',
      '2026-11-25T09:00:00Z',
    ),
  },
  {
    id: 'custom-start-lambda-function',
    label: 'Custom: start-lambda-function (the article)',
    source: 'The seed article: a custom event whose detail-type invokes the function.',
    event: envelope(
      'com.example.app',
      'start-lambda-function',
      [],
      { orderId: 'o-1002' },
      'a1b2c3d4-0002-4000-8000-000000000002',
      '2026-11-25T09:00:00Z',
    ),
  },
];
