import { test, expect } from './fixtures/designer';

const resourceIds = async (designer: { templateJson(): Promise<Record<string, unknown>> }) =>
  Object.keys(((await designer.templateJson()) as { Resources: object }).Resources).sort();

test('deleting a rule removes what was generated for its targets; deleting a target removes its targets', async ({ designer, page }) => {
  for (const name of ['Lambda function', 'State machine', 'Rule'] as const) await designer.paletteItem(name).click();
  const addTarget = page.getByRole('combobox', { name: 'Add target' });
  await addTarget.selectOption({ label: 'Lambda function: function-1 (Function)' });
  await addTarget.selectOption({ label: 'State machine: state-machine-1 (StateMachine)' });
  expect(await resourceIds(designer)).toEqual([
    'EventRule',
    'EventRuleFunctionPermission',
    'EventRuleStateMachineRole',
    'Function',
    'FunctionExecutionRole',
    'StateMachine',
    'StateMachineExecutionRole',
  ]);

  // Delete the function with the Delete key: its target, permission and execution role go with it.
  await designer.node('function-1').click();
  await page.keyboard.press('Delete');
  await expect(designer.node('function-1')).toHaveCount(0);
  expect(await resourceIds(designer)).toEqual(['EventRule', 'EventRuleStateMachineRole', 'StateMachine', 'StateMachineExecutionRole']);

  // Delete the rule from the inspector: the role it used to start the state machine goes too.
  await designer.node('event-rule-1').click();
  await page.getByRole('button', { name: 'Delete resource' }).click();
  expect(await resourceIds(designer)).toEqual(['StateMachine', 'StateMachineExecutionRole']);
});
