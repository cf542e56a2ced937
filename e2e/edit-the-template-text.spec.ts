import { test, expect } from './fixtures/designer';
import type { Page } from '@playwright/test';

const editorText = (page: Page) => page.evaluate(() => window.__designer!.editorText() ?? '');

test('typing in the editor updates the canvas; text that does not parse is marked and the canvas keeps the last valid design', async ({
  designer,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await designer.paletteItem('Rule').click();
  await expect.poll(() => editorText(page)).toContain('"event-rule-1"');

  // Rename the rule in the JSON text: the canvas follows once typing pauses.
  const renamed = (await editorText(page)).replace('"Name": "event-rule-1"', '"Name": "orders-created"');
  await page.evaluate((t) => navigator.clipboard.writeText(t), renamed);
  await page.locator('.monaco-editor').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await expect(designer.node('orders-created')).toBeVisible();

  // Break the text: the editor says where; the canvas keeps the last valid design; the text is not rewritten.
  const broken = renamed.replace('"State": "ENABLED"', '"State": "ENABLED",');
  await page.evaluate((t) => navigator.clipboard.writeText(t), broken);
  await page.locator('.monaco-editor').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await expect(designer.templateRegion.getByRole('alert')).toContainText(/Line \d+, column \d+: Not valid JSON/);
  await expect(designer.node('orders-created')).toBeVisible();
  expect(await editorText(page)).toBe(broken);
});

test('the template shows and downloads as YAML with short-form tags, and reads back the same', async ({ designer, page }) => {
  await designer.paletteItem('Lambda function').click();
  await designer.paletteItem('Rule').click();
  await page.getByRole('combobox', { name: 'Add target' }).selectOption({ label: 'Lambda function: function-1 (Function)' });
  const json = await page.evaluate(() => window.__designer!.templateText());

  await designer.templateRegion.getByRole('radio', { name: 'YAML' }).click();
  await expect.poll(() => editorText(page)).toContain('Arn: !GetAtt Function.Arn');
  const { name, text } = await designer.download();
  expect(name).toBe('eventbridge-design.yaml');
  expect(text).toContain('SourceArn: !GetAtt EventRule.Arn');

  // Opening the YAML gives back exactly the same template.
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    designer.templateRegion.getByRole('button', { name: 'Import template' }).click(),
  ]);
  await chooser.setFiles({ name: 'round-trip.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
  await designer.templateRegion.getByRole('radio', { name: 'JSON' }).click();
  expect(await page.evaluate(() => window.__designer!.templateText())).toBe(json);
});
