import { test, expect } from './fixtures/designer';

test('names AWS would refuse are refused at the field with the reason, and the design does not change', async ({ designer, page }) => {
  await designer.paletteItem('Rule').click();
  await designer.paletteItem('Lambda function').click();
  await designer.node('event-rule-1').click();
  const before = await page.evaluate(() => window.__designer!.templateText());

  await designer.setField('Rule name', 'orders rule!');
  await expect(designer.field('Rule name')).toHaveAccessibleDescription('A rule name may contain only letters, digits, ".", "-" and "_".');
  await expect(designer.field('Rule name')).toHaveAttribute('aria-invalid', 'true');
  await designer.field('Rule name').blur();
  expect(await page.evaluate(() => window.__designer!.templateText())).toBe(before);
  // The draft is kept so the user can correct it.
  await expect(designer.field('Rule name')).toHaveValue('orders rule!');
  await designer.setField('Rule name', 'r'.repeat(65));
  await expect(designer.field('Rule name')).toHaveAccessibleDescription('A rule name must be 1 to 64 characters long.');

  await designer.field('Rule name').press('Escape');
  // Two rules on one bus cannot share a name.
  await designer.paletteItem('Rule').click();
  await designer.setField('Rule name', 'event-rule-1');
  await expect(designer.field('Rule name')).toHaveAccessibleDescription(
    'EventRule already has the name "event-rule-1"; names must be unique on the same event bus.',
  );
  await designer.field('Rule name').press('Escape');
  await designer.node('event-rule-2').click();
  await page.getByRole('button', { name: 'Delete resource' }).click();
  await designer.node('event-rule-1').click();
  await designer.setField('Logical ID', 'orders-rule');
  await expect(designer.field('Logical ID')).toHaveAccessibleDescription(
    'A logical ID may contain only letters and digits (A-Z, a-z, 0-9).',
  );
  await designer.setField('Logical ID', 'Function');
  await expect(designer.field('Logical ID')).toHaveAccessibleDescription(
    'Function is already used in Resources; logical IDs must be unique.',
  );
  await designer.field('Logical ID').press('Escape');

  await designer.setField('Event pattern', '{"source": ["a"],}');
  await expect(designer.field('Event pattern')).toHaveAccessibleDescription(/^Not valid JSON/);
  await designer.setField('Event pattern', '["a"]');
  await expect(designer.field('Event pattern')).toHaveAccessibleDescription(
    'An event pattern is a JSON object, such as {"source": ["my.app"]}.',
  );
  expect(await page.evaluate(() => window.__designer!.templateText())).toBe(before);

  // A good value is applied.
  await designer.setField('Event pattern', '{"source": ["orders"]}');
  await designer.setField('Rule name', 'orders.created');
  const t = await designer.templateJson();
  expect(t).toMatchObject({ Resources: { EventRule: { Properties: { Name: 'orders.created', EventPattern: { source: ['orders'] } } } } });
});

test('renaming a logical id rewrites every reference to it', async ({ designer, page }) => {
  await designer.paletteItem('Rule').click();
  await designer.paletteItem('Lambda function').click();
  await designer.node('event-rule-1').click();
  await page.getByRole('combobox', { name: 'Add target' }).selectOption({ label: 'Lambda function: function-1 (Function)' });
  await designer.node('function-1').click();
  await designer.setField('Logical ID', 'OrderHandler');
  const text = await page.evaluate(() => window.__designer!.templateText());
  const t = JSON.parse(text) as { Resources: Record<string, { Properties: Record<string, unknown> }> };
  expect(t.Resources.EventRule?.Properties.Targets).toEqual([{ Id: 'Function', Arn: { 'Fn::GetAtt': ['OrderHandler', 'Arn'] } }]);
  expect(t.Resources.EventRuleFunctionPermission?.Properties.FunctionName).toEqual({ 'Fn::GetAtt': ['OrderHandler', 'Arn'] });
});
