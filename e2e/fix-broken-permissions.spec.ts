import { test, expect, buildSeedByClicks } from './fixtures/designer';

test('breaking a generated connection shows the problem at once, and Fix restores a valid design', async ({ designer, page }) => {
  await buildSeedByClicks(designer);
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems).toContainText('No problems found');

  // 1. Delete the function's permission: the Lambda target can no longer be invoked.
  await page.getByRole('button', { name: /^Target Function of EventRule2/ }).click();
  await page.getByRole('button', { name: 'Delete EventRule2FunctionPermission' }).click();
  const missing = problems.getByRole('listitem').filter({ hasText: 'TGT-04' });
  await expect(missing).toContainText('EventRule2');
  await expect(page.getByRole('button', { name: /^Target Function of EventRule2/ }).getByRole('img', { name: '1 error' })).toBeVisible();
  // The editor marks the problem where it is in the text.
  await expect
    .poll(() =>
      page.evaluate(() =>
        window
          .__editorMarkers?.()
          .filter((m) => m.owner === 'validation')
          .map((m) => m.message.slice(0, 6)),
      ),
    )
    .toEqual(['TGT-04']);
  // Choosing the problem selects its resource.
  await missing.getByRole('button', { name: /^error TGT-04 in EventRule2/ }).click();
  await expect(designer.field('Logical ID')).toHaveValue('EventRule2');
  await expect(page.locator('.react-flow__node.selected')).toContainText('start-lambda-function');
  await missing.getByRole('button', { name: 'Fix' }).click();
  await expect(problems).toContainText('No problems found');

  // 2. Put a RoleArn on the Lambda target.
  await page.getByRole('button', { name: /^Target Function of EventRule2/ }).click();
  await designer.setField('Target role ARN', 'arn:aws:iam::123456789012:role/invoker');
  const roleArn = problems.getByRole('listitem').filter({ hasText: 'TGT-03' });
  await expect(roleArn).toContainText('RoleArn');
  await roleArn.getByRole('button', { name: 'Fix' }).click();
  await expect(problems).toContainText('No problems found');

  // 3. Narrow the role's policy so it no longer allows states:StartExecution.
  await page.getByRole('button', { name: /^Target StateMachine of EventRule/ }).click();
  const roleJson = designer.field('Properties of EventRuleStateMachineRole');
  const narrowed = (await roleJson.inputValue()).replace('states:StartExecution', 'states:DescribeExecution');
  await designer.setField('Properties of EventRuleStateMachineRole', narrowed);
  const denied = problems.getByRole('listitem').filter({ hasText: 'SFN-03' });
  await expect(denied).toContainText('states:StartExecution');
  await denied.getByRole('button', { name: 'Fix' }).click();
  await expect(problems).toContainText('No problems found');

  // A fix is an ordinary edit: undo brings the problem back, redo takes it away again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(problems.getByRole('listitem').filter({ hasText: 'SFN-03' })).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(problems).toContainText('No problems found');
  await page.locator('.react-flow__pane').click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(problems.getByRole('listitem').filter({ hasText: 'SFN-03' })).toBeVisible();
});
