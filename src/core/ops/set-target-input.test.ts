import { describe, expect, it } from 'vitest';
import { setTargetInput } from './set-target-input';
import { seedDesign } from './seed-design';
import { targetsOf } from './targets';

const RULE = 'InvokeLambdaFunctionEventRule';

describe('setTargetInput', () => {
  it('keeps one of Input, InputPath and InputTransformer: choosing one removes the others', () => {
    const withInput = setTargetInput(seedDesign(), RULE, 0, 'Input', '{"a":1}');
    expect(targetsOf(withInput, RULE)[0]).toMatchObject({ Input: '{"a":1}' });
    const withPath = setTargetInput(withInput, RULE, 0, 'InputPath', '$.detail');
    expect(targetsOf(withPath, RULE)[0]).toMatchObject({ InputPath: '$.detail' });
    expect(targetsOf(withPath, RULE)[0]).not.toHaveProperty('Input');
    const transformer = { InputPathsMap: { s: '$.source' }, InputTemplate: '<s>' };
    const withTransformer = setTargetInput(withPath, RULE, 0, 'InputTransformer', transformer);
    expect(targetsOf(withTransformer, RULE)[0]).toMatchObject({ InputTransformer: transformer });
    expect(targetsOf(withTransformer, RULE)[0]).not.toHaveProperty('InputPath');
  });

  it('with no kind, sends the whole event again and keeps the rest of the target', () => {
    const t = setTargetInput(setTargetInput(seedDesign(), RULE, 0, 'Input', '{}'), RULE, 0, null);
    const target = targetsOf(t, RULE)[0]!;
    expect(target).not.toHaveProperty('Input');
    expect(target).toEqual(targetsOf(seedDesign(), RULE)[0]);
  });

  it('leaves the template alone for a target that is not there', () => {
    const t = seedDesign();
    expect(setTargetInput(t, RULE, 3, 'Input', '{}')).toBe(t);
  });
});
