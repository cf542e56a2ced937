import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures/designer';

const asPrinted = new URL('../examples/seed-article/as-printed.json', import.meta.url);

test('the seed article as printed: import shows where it breaks, the user mends it in the editor, fixes it and downloads a valid template', async ({
  designer,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    designer.templateRegion.getByRole('button', { name: 'Import template' }).click(),
  ]);
  await chooser.setFiles(asPrinted.pathname);

  // It does not parse: the message says where, and the design is untouched.
  await expect(designer.templateRegion.getByRole('alert').first()).toContainText('Could not open as-printed.json (line 11, column 9)');
  await expect(designer.templateRegion.getByRole('alert').first()).toContainText('Your design is unchanged.');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => window.__designer!.editorText())).toContain('"Fn: :GetAtt"');

  // The user removes the trailing commas in the editor.
  const mended = readFileSync(asPrinted, 'utf8').replace(/,(\s*[}\]])/g, '$1');
  await page.evaluate((text) => navigator.clipboard.writeText(text), mended);
  await page.locator('.monaco-editor').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');

  // Now it parses: the canvas shows it, and the Problems panel says what is still wrong.
  await expect(designer.node('start-state-machine')).toBeVisible();
  await expect(designer.node('start-lambda-function')).toBeVisible();
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems.getByRole('listitem').filter({ hasText: 'CFN-18' }).first()).toContainText('Write "Fn::GetAtt"');
  await expect(problems.getByRole('listitem').filter({ hasText: 'CFN-03' })).toContainText('AssumeRolePolicyDocument');

  // Spell Fn::GetAtt right: now the references resolve, and the permission model can be judged:
  // the role has no trust policy EventBridge could use.
  const getAttFix = problems.getByRole('listitem').filter({ hasText: 'CFN-18' }).getByRole('button', { name: 'Fix' });
  while ((await getAttFix.count()) > 0) await getAttFix.first().click();
  await expect(problems.getByRole('listitem').filter({ hasText: 'SFN-02' })).toContainText('does not let events.amazonaws.com assume it');

  // Apply every other fix the validator offers.
  const fix = problems.getByRole('button', { name: 'Fix' });
  while ((await fix.count()) > 0) await fix.first().click();

  // The article made its function and state machine elsewhere: add them, named as its template names them.
  await expect(problems.getByRole('listitem').filter({ hasText: 'CFN-07' }).first()).toContainText('"TestLambdaFunction"');
  await designer.paletteItem('Lambda function').click();
  await designer.setField('Logical ID', 'TestLambdaFunction');
  await designer.paletteItem('State machine').click();
  await designer.setField('Logical ID', 'TestStateMachine');
  await expect(problems).toContainText('0 errors');

  const { text } = await designer.download();
  const template = JSON.parse(text) as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
  expect(text).not.toContain('"Fn: :GetAtt":');
  expect(Object.keys(template.Resources)).not.toContain('AssumeRolePolicyDocument');
  expect(template.Resources.InvokeStateMachineIamRole?.Properties.AssumeRolePolicyDocument).toMatchObject({
    Statement: [{ Principal: { Service: ['events.amazonaws.com'] }, Action: 'sts:AssumeRole' }],
  });
  expect(template.Resources.InvokeLambdaFunctionEventRule?.Properties.Targets).toEqual([
    { Arn: { 'Fn::GetAtt': ['TestLambdaFunction', 'Arn'] }, Id: 'TestLambdaFunction' },
  ]);
});

test('files that are not templates are refused with a reason and the design stays as it was', async ({ designer, page }) => {
  await designer.paletteItem('Rule').click();
  const before = await page.evaluate(() => window.__designer!.templateText());
  const cases: [string, string, RegExp][] = [
    ['list.json', '[1, 2, 3]', /This is a list, not a template/],
    ['empty.json', '', /The file is empty/],
    ['logo.png', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000', /not a text file/],
    ['outputs.yaml', 'Outputs:\n  A:\n    Value: 1\n', /no "Resources" section/],
    [
      'huge.json',
      `{"Resources": {}, "Pad": "${'x'.repeat(10 * 1024 * 1024)}"}`,
      /The file is 10\.0 MB; CloudFormation accepts templates of at most 1 MB/,
    ],
    ['deep.json', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, /nested more than 500 levels deep/],
    [
      'bomb.yaml',
      [
        'a: &a [x, x, x, x, x, x, x, x, x]',
        ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
      ].join('\n'),
      /alias bomb/,
    ],
  ];
  for (const [name, content, message] of cases) {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      designer.templateRegion.getByRole('button', { name: 'Import template' }).click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content, 'latin1') });
    await expect(designer.templateRegion.getByRole('alert').first()).toContainText(message);
    expect(await page.evaluate(() => window.__designer!.templateText())).toBe(before);
  }
});

test('pasting a template anywhere outside a text field opens it', async ({ designer, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const yaml = [
    'Resources:',
    '  Nightly:',
    '    Type: AWS::Events::Rule',
    '    Properties:',
    '      Name: nightly-report',
    '      ScheduleExpression: rate(1 day)',
  ].join('\n');
  await page.evaluate((t) => navigator.clipboard.writeText(t), yaml);
  await page.getByRole('main', { name: 'Design canvas' }).locator('.react-flow__pane').click();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(designer.node('nightly-report')).toBeVisible();
  expect(JSON.parse(await page.evaluate(() => window.__designer!.templateText()))).toEqual({
    Resources: { Nightly: { Type: 'AWS::Events::Rule', Properties: { Name: 'nightly-report', ScheduleExpression: 'rate(1 day)' } } },
  });
});
