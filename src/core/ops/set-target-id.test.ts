import { describe, expect, it } from 'vitest';
import { setTargetId, whyCannotSetTargetId } from './set-target-id';
import { seedDesign } from './seed-design';
import { connectRuleToTarget } from './connect-rule-to-target';
import { targetsOf } from './targets';

describe('setTargetId', () => {
  it('renames a target', () => {
    const t = setTargetId(seedDesign(), 'InvokeLambdaFunctionEventRule', 0, 'notify.v2');
    expect(targetsOf(t, 'InvokeLambdaFunctionEventRule')[0]?.Id).toBe('notify.v2');
  });

  it('refuses ids AWS refuses and duplicates within the rule', () => {
    const t = connectRuleToTarget(seedDesign(), 'InvokeLambdaFunctionEventRule', 'TestStateMachine');
    expect(whyCannotSetTargetId(t, 'InvokeLambdaFunctionEventRule', 0, 'has space')).toMatch(/may contain only/);
    expect(whyCannotSetTargetId(t, 'InvokeLambdaFunctionEventRule', 0, 'x'.repeat(65))).toMatch(/1 to 64/);
    expect(whyCannotSetTargetId(t, 'InvokeLambdaFunctionEventRule', 0, 'TestStateMachine')).toMatch(/must be unique/);
    expect(setTargetId(t, 'InvokeLambdaFunctionEventRule', 0, 'TestStateMachine')).toBe(t);
  });
});
