import { test, expect, buildSeedByClicks } from './fixtures/designer';

test('the Test event tab says, for every rule, whether an event matches and why not', async ({ designer, page }) => {
  await buildSeedByClicks(designer);
  await page.getByRole('tab', { name: 'Test event' }).click();
  const sandbox = page.getByRole('region', { name: 'Test event' });
  await sandbox.getByLabel('Start from').selectOption({ label: 'Custom: start-state-machine (the article)' });
  await sandbox.getByRole('button', { name: 'Send test event' }).click();

  const results = sandbox.getByRole('list', { name: 'Results' });
  await expect(sandbox.getByRole('status')).toHaveText('1 of 2 rules matches.');
  await expect(results.getByRole('listitem', { name: 'Rule EventRule: matches' })).toBeVisible();
  await expect(
    results
      .getByRole('listitem', { name: 'Rule EventRule: matches' })
      .getByRole('listitem', { name: /^Target StateMachine: would be invoked/ }),
  ).toBeVisible();
  const miss = results.getByRole('listitem', { name: 'Rule EventRule2: no match' });
  await expect(miss.getByRole('list', { name: 'Why EventRule2 does not match' })).toHaveText(
    'detail-type: the event has "start-state-machine"; the pattern wants ["start-lambda-function"].',
  );

  // A pasted event that is not JSON is refused at the field; the last results stay as they were.
  const box = sandbox.getByLabel('Event (JSON)');
  await box.fill('{"source": "my.app",}');
  await expect(sandbox.getByRole('alert')).toContainText('Not valid JSON');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(sandbox.getByRole('button', { name: 'Send test event' })).toBeDisabled();
  await box.fill('["not", "an", "event"]');
  await expect(sandbox.getByRole('alert')).toContainText('An event is a JSON object');

  // An event built from a rule's pattern matches that rule.
  await sandbox.getByLabel('Start from').selectOption({ label: 'An event rule EventRule2 matches' });
  await sandbox.getByRole('button', { name: 'Send test event' }).click();
  await expect(results.getByRole('listitem', { name: 'Rule EventRule2: matches' })).toBeVisible();
});

test('"Send test event" on a bus shows the event flowing to its rules and targets, and why a target is blocked', async ({
  designer,
  page,
}) => {
  await buildSeedByClicks(designer);
  await page.getByRole('tab', { name: 'Test event' }).click();
  const sandbox = page.getByRole('region', { name: 'Test event' });
  await sandbox.getByLabel('Start from').selectOption({ label: 'Custom: start-lambda-function (the article)' });

  // Break the Lambda permission, then send the event from the default bus.
  await page.getByRole('button', { name: /^Target Function of EventRule2/ }).click();
  await page.getByRole('button', { name: 'Delete EventRule2FunctionPermission' }).click();
  await designer.node('default').click();
  await page.getByRole('complementary').getByRole('button', { name: 'Send test event' }).click();

  await expect(designer.node('default')).toContainText('Event received');
  await expect(designer.node('start-lambda-function')).toContainText('Matched');
  await expect(designer.node('start-state-machine')).toContainText('No match');
  await expect(designer.node('function-1')).toContainText('Blocked');
  await expect(page.locator('.react-flow__edge-path.edge-flow-blocked')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge-path.edge-flow-matched')).toHaveCount(1);
  const target = sandbox.getByRole('listitem', { name: /^Target Function: blocked/ });
  await expect(target).toContainText('Nothing allows EventBridge to invoke Function');

  // Fixing the problem turns the target to invoked at once, and its payload is the event.
  await page.getByRole('region', { name: 'Problems' }).getByRole('button', { name: 'Fix' }).click();
  await expect(designer.node('function-1')).toContainText('Invoked');
  const invoked = sandbox.getByRole('listitem', { name: /^Target Function: would be invoked/ });
  await invoked.getByText('Payload: the whole event').click();
  await expect(invoked.getByLabel('Payload for Function')).toContainText('"detail-type": "start-lambda-function"');

  // Clear removes the flow from the canvas.
  await sandbox.getByRole('button', { name: 'Clear' }).click();
  await expect(designer.node('function-1')).not.toContainText('Invoked');
  await expect(page.locator('.react-flow__edge-path.edge-flow')).toHaveCount(0);
});
