import { test, expect } from './fixtures/designer';

type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;

test('a cloud engineer designs the seed scenario by drag and drop and downloads a template that deploys', async ({ designer, page }) => {
  // Templates never leave the browser: the page asks nothing of any other host, Monaco included.
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(page.url()).origin) foreign.push(r.url());
  });
  await page.getByRole('textbox', { name: 'Design name' }).fill('seed-scenario');

  // Two rules, a function and a state machine, dragged onto the canvas.
  await designer.dragToCanvas('Rule', 390, 100);
  await designer.setField('Rule name', 'start-state-machine');
  await designer.setField('Event pattern', '{"detail-type": ["start-state-machine"]}');

  await designer.dragToCanvas('Rule', 390, 300);
  await designer.setField('Rule name', 'start-lambda-function');
  await designer.setField('Event pattern', '{"detail-type": ["start-lambda-function"]}');

  await designer.dragToCanvas('State machine', 730, 100);
  await designer.dragToCanvas('Lambda function', 730, 300);

  // Both rules are on the default bus; connect it anyway, as the user would, then each rule to its target.
  await designer.connect(designer.node('default'), designer.node('start-lambda-function'));
  await designer.connect(designer.node('start-state-machine'), designer.node('state-machine-1'));
  await designer.connect(designer.node('start-lambda-function'), designer.node('function-1'));

  // Edges say what authorises each call.
  const canvas = page.getByRole('main', { name: 'Design canvas' });
  await expect(canvas.getByText('via IAM role')).toHaveAttribute('title', /EventRuleStateMachineRole/);
  await expect(canvas.getByText('via resource policy')).toHaveAttribute('title', /EventRule2FunctionPermission/);

  // The Monaco panel shows the same JSON as the document.
  await expect
    .poll(() => page.evaluate(() => window.__designer!.editorText()), { timeout: 30_000 })
    .toBe(await page.evaluate(() => window.__designer!.templateText()));
  await page.screenshot({ path: 'test-results/seed-design.png' });

  const { name, text } = await designer.download();
  expect(foreign).toEqual([]);
  expect(name).toBe('seed-scenario.json');
  expect(text).toBe(await page.evaluate(() => window.__designer!.templateText()));

  const resources = (JSON.parse(text) as { Resources: Resources }).Resources;
  const sfnRule = resources.EventRule!.Properties;
  expect(sfnRule).toMatchObject({
    Name: 'start-state-machine',
    EventBusName: 'default',
    EventPattern: { 'detail-type': ['start-state-machine'] },
    State: 'ENABLED',
  });
  expect(sfnRule.Targets).toEqual([
    { Id: 'StateMachine', Arn: { 'Fn::GetAtt': ['StateMachine', 'Arn'] }, RoleArn: { 'Fn::GetAtt': ['EventRuleStateMachineRole', 'Arn'] } },
  ]);
  expect(resources.EventRuleStateMachineRole).toMatchObject({
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: {
        Statement: [{ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      },
      Policies: [
        {
          PolicyDocument: {
            Statement: [{ Effect: 'Allow', Action: ['states:StartExecution'], Resource: [{ 'Fn::GetAtt': ['StateMachine', 'Arn'] }] }],
          },
        },
      ],
    },
  });

  const lambdaRule = resources.EventRule2!.Properties;
  expect(lambdaRule).toMatchObject({
    Name: 'start-lambda-function',
    EventBusName: 'default',
    EventPattern: { 'detail-type': ['start-lambda-function'] },
  });
  expect(lambdaRule.Targets).toEqual([{ Id: 'Function', Arn: { 'Fn::GetAtt': ['Function', 'Arn'] } }]);
  expect(resources.EventRule2FunctionPermission).toEqual({
    Type: 'AWS::Lambda::Permission',
    Properties: {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': ['Function', 'Arn'] },
      Principal: 'events.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': ['EventRule2', 'Arn'] },
    },
  });
  // Generated targets deploy as exported.
  expect(resources.Function!.Properties).toMatchObject({
    Handler: 'index.handler',
    Code: { ZipFile: expect.stringContaining('exports.handler') },
  });
  expect(resources.StateMachine!.Properties).toMatchObject({ StateMachineType: 'STANDARD', Definition: { StartAt: 'ReceiveEvent' } });
});
