import { test, expect } from './fixtures/designer';

test('the pattern form and the pattern JSON edit the same pattern, each checked as it is typed', async ({ designer, page }) => {
  await designer.paletteItem('Rule').click();
  const condition = (n: number) => page.getByRole('group', { name: new RegExp(`^Condition ${n}:`) });
  const pattern = async () =>
    ((await designer.templateJson()).Resources as Record<string, { Properties: { EventPattern: unknown } }>).EventRule!.Properties
      .EventPattern;

  // The form writes the pattern: source, detail type, then a condition with an operator.
  await designer.setField('Source', 'aws.ec2');
  await designer.setField('Detail type', 'EC2 Instance State-change Notification');
  await page.getByRole('button', { name: 'Add condition' }).click();
  await condition(1).getByLabel('Field', { exact: true }).fill('detail.state');
  await condition(1).getByLabel('Field', { exact: true }).press('Enter');
  await condition(1).getByLabel('Operator').selectOption({ label: 'is none of' });
  await condition(1).getByLabel('Values').fill('running, pending');
  await condition(1).getByLabel('Values').press('Enter');
  await expect.poll(pattern).toEqual({
    source: ['aws.ec2'],
    'detail-type': ['EC2 Instance State-change Notification'],
    detail: { state: [{ 'anything-but': ['running', 'pending'] }] },
  });
  // ... and the JSON beside it shows it at once.
  await expect(designer.field('Event pattern')).toHaveValue(/"anything-but": \[\s*"running",\s*"pending"\s*\]/);

  // A value the operator cannot take is refused at the field; the pattern stays as it was.
  await condition(1).getByLabel('Operator').selectOption({ label: 'number' });
  await condition(1).getByLabel('Values').fill('!= 5');
  await expect(condition(1).getByRole('alert')).toContainText('Write one or two comparisons');
  await condition(1).getByLabel('Values').fill('>= 0, < 100');
  await condition(1).getByLabel('Values').press('Enter');
  await expect.poll(pattern).toMatchObject({ detail: { state: [{ numeric: ['>=', 0, '<', 100] }] } });

  // The JSON is checked as EventBridge would: an unknown operator is refused with its reason.
  const json = designer.field('Event pattern');
  await json.fill('{"source": ["aws.ec2"], "detail": {"state": [{"contains": "run"}]}}');
  await expect(page.getByRole('alert').filter({ hasText: 'Unrecognized match type contains' })).toBeVisible();
  await json.press('Control+Enter');
  await expect.poll(pattern).toMatchObject({ detail: { state: [{ numeric: ['>=', 0, '<', 100] }] } });

  // A pattern with $or is edited as JSON only; the form says so.
  await json.fill('{"$or": [{"source": ["a"]}, {"detail-type": ["b"]}]}');
  await json.press('Control+Enter');
  await expect(page.getByText('This pattern uses what only JSON can say')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add condition' })).toHaveCount(0);
  await expect.poll(pattern).toEqual({ $or: [{ source: ['a'] }, { 'detail-type': ['b'] }] });
});
