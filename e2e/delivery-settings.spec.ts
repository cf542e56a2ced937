import { test, expect, buildSeedByClicks } from './fixtures/designer';

interface Target {
  Id: string;
  InputTransformer?: { InputPathsMap: Record<string, string>; InputTemplate: string };
  Input?: string;
  RetryPolicy?: Record<string, number>;
  DeadLetterConfig?: { Arn: unknown };
}
type Resources = Record<string, { Type: string; Properties: { Targets?: Target[] } & Record<string, unknown> }>;

test('a target gets a dead-letter queue with the policy EventBridge needs, retries within limits, and a transformed payload', async ({
  designer,
  page,
}) => {
  await buildSeedByClicks(designer);
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems).toContainText('No problems found');
  await page.getByRole('button', { name: /^Target Function of EventRule2/ }).click();

  // A dead-letter queue comes with its queue policy, so the design stays without problems.
  await page.getByRole('button', { name: 'Add dead-letter queue' }).click();
  let resources = (await designer.templateJson()).Resources as Resources;
  const target = () => resources.EventRule2!.Properties.Targets![0]!;
  expect(target().DeadLetterConfig).toEqual({ Arn: { 'Fn::GetAtt': ['EventRule2DeadLetterQueue', 'Arn'] } });
  expect(resources.EventRule2DeadLetterQueue?.Type).toBe('AWS::SQS::Queue');
  expect(resources.EventRule2DeadLetterQueuePolicy?.Type).toBe('AWS::SQS::QueuePolicy');
  await expect(problems).toContainText('No problems found');

  // Retry limits are checked at the field; a refused value changes nothing.
  await designer.field('Retry attempts').fill('200');
  await expect(page.getByRole('complementary', { name: 'Resources and properties' }).getByRole('alert')).toHaveText(
    'Write a whole number from 0 to 185.',
  );
  await designer.setField('Retry attempts', '3');
  await designer.setField('Maximum event age (seconds)', '3600');
  resources = (await designer.templateJson()).Resources as Resources;
  expect(target().RetryPolicy).toEqual({ MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 });

  // An input transformer: the Test event tab shows what the function would receive.
  await designer.field('Payload').selectOption({ label: 'Input transformer' });
  await designer.setField('Input paths map', '{"kind": "$.detail-type"}');
  await designer.setField('Input template', '{"kind": <kind>, "from": "designer"}');
  resources = (await designer.templateJson()).Resources as Resources;
  expect(target().InputTransformer).toEqual({
    InputPathsMap: { kind: '$.detail-type' },
    InputTemplate: '{"kind": <kind>, "from": "designer"}',
  });
  await page.getByRole('tab', { name: 'Test event' }).click();
  const sandbox = page.getByRole('region', { name: 'Test event' });
  await sandbox.getByLabel('Start from').selectOption({ label: 'Custom: start-lambda-function (the article)' });
  await sandbox.getByRole('button', { name: 'Send test event' }).click();
  const invoked = sandbox.getByRole('listitem', { name: /^Target Function: would be invoked/ });
  await invoked.getByText('Payload: what the InputTransformer makes').click();
  const payload = invoked.getByLabel('Payload for Function');
  await expect(payload).toContainText('"kind": "start-lambda-function"');
  expect(JSON.parse(await payload.innerText())).toEqual({ kind: 'start-lambda-function', from: 'designer' });

  // Removing the queue takes its policy statement away too; the queue stays, as it may hold events.
  await page.getByRole('button', { name: 'Remove dead-letter queue' }).click();
  resources = (await designer.templateJson()).Resources as Resources;
  expect(target().DeadLetterConfig).toBeUndefined();
  expect(resources.EventRule2DeadLetterQueuePolicy).toBeUndefined();
  expect(resources.EventRule2DeadLetterQueue).toBeDefined();
});
