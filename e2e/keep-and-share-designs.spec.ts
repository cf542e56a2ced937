import { test, expect, buildSeedByClicks } from './fixtures/designer';

const saved = /^Saved in this browser/;

test('a reload keeps the work, and several named designs can be kept and switched', async ({ designer, page }) => {
  await designer.paletteItem('Rule').click();
  await designer.setField('Rule name', 'nightly-orders');
  await page.getByLabel('Design name').fill('orders');
  await expect(page.getByRole('banner').getByRole('status').filter({ hasText: saved })).toBeVisible();

  await page.reload();
  await expect(designer.node('nightly-orders')).toBeVisible();
  await expect(page.getByLabel('Design name')).toHaveValue('orders');

  // A second design from an example; the first stays kept.
  await page.getByRole('button', { name: 'Designs' }).click();
  const designs = page.getByRole('dialog', { name: 'Designs' });
  const kept = designs.getByRole('region', { name: 'Kept in this browser' }).getByRole('listitem');
  await designs.getByRole('button', { name: 'New design: Scheduled rule' }).click();
  await expect(designs).toBeHidden();
  await expect(page.getByLabel('Design name')).toHaveValue('Scheduled rule');
  await expect(designer.node('nightly-orders')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText('No problems found');

  await page.getByRole('button', { name: 'Designs' }).click();
  await expect(kept.filter({ hasText: 'Scheduled rule' })).toContainText('open now');
  await designs.getByRole('button', { name: 'Open orders' }).click();
  await expect(designer.node('nightly-orders')).toBeVisible();
  // Undo belongs to the design it was made in: switching designs leaves nothing to undo.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // Deleting asks once more, and deletes only that design.
  await page.getByRole('button', { name: 'Designs' }).click();
  await designs.getByRole('button', { name: 'Delete Scheduled rule' }).click();
  await designs.getByRole('button', { name: 'Confirm deleting Scheduled rule' }).click();
  await expect(kept).toHaveCount(1);
  await expect(kept).toContainText('orders');
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(designer.node('nightly-orders')).toBeVisible();
});

test('a share link opens the design in a fresh browser and overwrites nothing there', async ({ designer, page, browser }) => {
  test.slow(); // builds the seed by clicks, then opens a second browser context
  await buildSeedByClicks(designer);
  await page.getByLabel('Design name').fill('seed-scenario');
  await page.getByRole('button', { name: 'Share link' }).click();
  const share = page.getByRole('dialog', { name: 'Share this design' });
  const linkField = share.getByLabel('Link to this design');
  await expect(linkField).toHaveValue(/#design=1\./);
  const link = await linkField.inputValue();
  expect(new URL(link).search).toBe('');

  // Someone else, with a design of their own kept in their browser.
  const other = await browser.newContext({ baseURL: new URL(link).origin });
  const theirs = await other.newPage();
  await theirs.goto('/');
  await theirs.getByRole('button', { name: 'Lambda function', exact: true }).click();
  await theirs.getByLabel('Design name').fill('my-own-work');
  await expect(theirs.getByRole('banner').getByRole('status').filter({ hasText: saved })).toBeVisible();

  await theirs.goto(link);
  await expect(theirs.getByLabel('Design name')).toHaveValue('seed-scenario (shared)');
  await expect(theirs.getByText(/Opened the shared design .seed-scenario. as a new design/)).toBeVisible();
  await expect(theirs.locator('.react-flow__node').filter({ hasText: 'start-state-machine' })).toBeVisible();
  await expect(theirs.getByRole('region', { name: 'Problems' })).toContainText('No problems found');
  // The link is taken off the address, so a reload opens the kept copy, not a second one.
  expect(new URL(theirs.url()).hash).toBe('');

  await theirs.getByRole('button', { name: 'Designs' }).click();
  const designs = theirs.getByRole('dialog', { name: 'Designs' });
  await designs.getByRole('button', { name: 'Open my-own-work' }).click();
  await expect(theirs.locator('.react-flow__node').filter({ hasText: /function-1/ })).toBeVisible();
  await other.close();
});

test('a damaged share link says so and leaves the saved design as it was', async ({ designer, page }) => {
  await designer.paletteItem('Rule').click();
  await designer.setField('Rule name', 'kept-rule');
  await expect(page.getByRole('banner').getByRole('status').filter({ hasText: saved })).toBeVisible();

  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByRole('dialog', { name: 'Share this design' }).getByLabel('Link to this design').inputValue();
  await page.keyboard.press('Escape');

  for (const broken of [link.slice(0, -12), link.replace(/#design=1\.(.{8})/, '#design=1.AAAAAAAA')]) {
    await page.goto(broken);
    await expect(page.getByText(/share link .*(incomplete|changed|damaged)/i)).toBeVisible();
    await expect(designer.node('kept-rule')).toBeVisible();
  }
});

test('a damaged saved design is reported, kept, and a new design opens', async ({ designer, page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(
      'eventbridge-designer/design/old',
      '{"format":"eventbridge-designer/design","version":1,"name":"orders","template":{"Resou',
    );
    localStorage.setItem(
      'eventbridge-designer/designs',
      JSON.stringify({ version: 1, current: 'old', designs: [{ id: 'old', name: 'orders', savedAt: '' }] }),
    );
  });
  await page.reload();
  await expect(page.getByText(/The saved design is damaged .* listed under Designs/)).toBeVisible();
  await expect(designer.paletteItem('Rule')).toBeVisible();
  await page.getByRole('button', { name: 'Designs' }).click();
  const kept = page.getByRole('dialog', { name: 'Designs' }).getByRole('region', { name: 'Kept in this browser' });
  await expect(kept.getByRole('listitem').filter({ hasText: 'orders' })).toContainText('damaged');
  expect(await page.evaluate(() => localStorage.getItem('eventbridge-designer/design/old'))).toContain('"template":{"Resou');
});

test('multi-select, copy and paste, and delete by keyboard', async ({ designer, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await designer.paletteItem('Rule').click();
  await designer.setField('Rule name', 'orders-rule');
  await designer.paletteItem('Lambda function').click();
  await designer.setField('Function name', 'orders-handler');
  await designer.node('orders-rule').click();
  await page.getByRole('combobox', { name: 'Add target' }).selectOption({ label: 'Lambda function: orders-handler (Function)' });

  await designer.node('orders-rule').click();
  await designer.node('orders-handler').click({ modifiers: ['Shift'] });
  await expect(
    page
      .getByRole('complementary')
      .getByRole('status')
      .filter({ hasText: /2 elements selected/ }),
  ).toBeVisible();

  await page.keyboard.press('ControlOrMeta+C');
  await page.keyboard.press('ControlOrMeta+V');
  await expect(designer.node('orders-rule-copy')).toBeVisible();
  await expect(designer.node('orders-handler-copy')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText('No problems found');

  // The pasted copies are the selection now: Delete removes them and nothing else.
  await page.keyboard.press('Delete');
  await expect(designer.node('orders-rule-copy')).toHaveCount(0);
  await expect(designer.node('orders-handler-copy')).toHaveCount(0);
  await expect(designer.node('orders-rule')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(designer.node('orders-rule-copy')).toBeVisible();
});

test('keyboard shortcuts are listed in a help dialog, and the dark theme is remembered', async ({ designer, page }) => {
  await designer.pane.click();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('region', { name: 'Editing' })).toContainText('Undo the last change');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  const dark = page.getByRole('button', { name: 'Dark theme' });
  await dark.click();
  await expect(dark).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.react-flow')).toHaveClass(/dark/);
});
