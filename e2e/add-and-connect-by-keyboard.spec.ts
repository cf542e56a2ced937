import { test, expect } from './fixtures/designer';

type Template = { Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> };

test('palette items are added with the keyboard and targets are added from the rule inspector', async ({ designer, page }) => {
  await designer.paletteItem('Lambda function').focus();
  await page.keyboard.press('Enter');
  await designer.paletteItem('State machine').focus();
  await page.keyboard.press('Enter');
  await designer.paletteItem('Rule').focus();
  await page.keyboard.press('Enter');
  await expect(designer.node('function-1')).toBeVisible();
  await expect(designer.node('state-machine-1')).toBeVisible();
  await expect(designer.node('event-rule-1')).toBeVisible();

  // The new rule is selected; its inspector lists the functions and state machines as targets.
  const addTarget = page.getByRole('combobox', { name: 'Add target' });
  await addTarget.selectOption({ label: 'Lambda function: function-1 (Function)' });
  await addTarget.selectOption({ label: 'State machine: state-machine-1 (StateMachine)' });

  const t = (await designer.templateJson()) as Template;
  expect(t.Resources.EventRule?.Properties?.Targets).toEqual([
    { Id: 'Function', Arn: { 'Fn::GetAtt': ['Function', 'Arn'] } },
    { Id: 'StateMachine', Arn: { 'Fn::GetAtt': ['StateMachine', 'Arn'] }, RoleArn: { 'Fn::GetAtt': ['EventRuleStateMachineRole', 'Arn'] } },
  ]);
  expect(t.Resources.EventRuleFunctionPermission?.Type).toBe('AWS::Lambda::Permission');
  await expect(page.getByRole('main', { name: 'Design canvas' }).getByText('via resource policy')).toBeVisible();
  await expect(page.getByRole('main', { name: 'Design canvas' }).getByText('via IAM role')).toBeVisible();

  // A connected target is not offered twice.
  await expect(addTarget.getByRole('option', { name: 'Lambda function: function-1 (Function)' })).toBeDisabled();
});

test("a custom bus connected to a rule becomes the rule's EventBusName", async ({ designer, page }) => {
  await designer.paletteItem('Event bus').click();
  await designer.paletteItem('Rule').click();
  await designer.connect(designer.node('custom-bus-1'), designer.node('event-rule-1'));
  const t = (await designer.templateJson()) as Template;
  expect(t.Resources.EventRule?.Properties?.EventBusName).toEqual({ Ref: 'CustomEventBus' });
  await expect(page.getByRole('combobox', { name: 'Event bus' })).toHaveValue('CustomEventBus');
});

test("copy puts exactly the panel's text on the clipboard", async ({ designer, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await designer.paletteItem('Rule').click();
  await designer.templateRegion.getByRole('button', { name: 'Copy template' }).click();
  await expect(designer.templateRegion.getByRole('status')).toHaveText('Template copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.evaluate(() => window.__designer!.templateText()));
});
