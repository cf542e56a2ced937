import { describe, expect, it } from 'vitest';
import { whyNameTaken } from './name-taken';
import { seedDesign } from './seed-design';
import { addEventBus } from './add-event-bus';
import { connectBusToRule } from './connect-bus-to-rule';

describe('whyNameTaken', () => {
  it('refuses a rule name another rule on the same bus has, and allows it on another bus', () => {
    const t = seedDesign();
    expect(whyNameTaken(t, 'InvokeLambdaFunctionEventRule', 'Name', 'start-state-machine')).toBe(
      'InvokeStateMachineEventRule already has the name "start-state-machine"; names must be unique on the same event bus.',
    );
    const bus = addEventBus(t);
    const moved = connectBusToRule(bus.template, bus.id, 'InvokeLambdaFunctionEventRule');
    expect(whyNameTaken(moved, 'InvokeLambdaFunctionEventRule', 'Name', 'start-state-machine')).toBeUndefined();
    expect(whyNameTaken(t, 'InvokeLambdaFunctionEventRule', 'Name', 'start-lambda-function')).toBeUndefined();
  });
});
