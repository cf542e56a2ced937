import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FORM_OPERATORS,
  formOfPattern,
  joinValues,
  patternOfForm,
  splitValues,
  conditionProblem,
  type FieldCondition,
} from './pattern-form';
import { validatePattern } from './validate-pattern';

describe('the pattern form', () => {
  it('shows source, detail-type and detail fields with their operators', () => {
    const pattern = {
      source: ['aws.ec2'],
      'detail-type': ['EC2 Instance State-change Notification'],
      detail: { state: [{ 'anything-but': 'running' }], size: [{ numeric: ['>', 0, '<=', 5] }], ip: [{ cidr: '10.0.0.0/24' }] },
    };
    const form = formOfPattern(pattern)!;
    expect(form).toEqual({
      source: ['aws.ec2'],
      detailType: ['EC2 Instance State-change Notification'],
      conditions: [
        { path: 'detail.state', operator: 'anything-but', values: ['running'] },
        { path: 'detail.size', operator: 'numeric', values: ['> 0', '<= 5'] },
        { path: 'detail.ip', operator: 'cidr', values: ['10.0.0.0/24'] },
      ],
    });
    expect(patternOfForm(form)).toEqual(pattern);
  });

  it('steps aside for what only JSON can say', () => {
    expect(formOfPattern({ $or: [{ a: ['1'] }, { b: ['2'] }] })).toBeUndefined();
    expect(formOfPattern({ a: ['x', { prefix: 'y' }] })).toBeUndefined();
    expect(formOfPattern({ a: [5] })).toBeUndefined();
    expect(formOfPattern({ 'state.status': ['x'] })).toBeUndefined();
  });

  it('gives back exactly the pattern it showed, for every pattern it can show (property)', () => {
    const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/);
    const text = fc.string({ maxLength: 8 });
    const condition: fc.Arbitrary<FieldCondition> = fc.oneof(
      fc.record({
        path: word.map((w) => `detail.${w}`),
        operator: fc.constantFrom(...FORM_OPERATORS.filter((o) => !['numeric', 'exists'].includes(o))),
        values: fc.array(text, { minLength: 1, maxLength: 3 }),
      }),
      fc.record({
        path: word.map((w) => `detail.${w}`),
        operator: fc.constant('exists' as const),
        values: fc.constantFrom('true', 'false').map((v) => [v]),
      }),
      fc.record({
        path: word,
        operator: fc.constant('numeric' as const),
        values: fc.constantFrom('> 0', '>= 1|< 10', '= 3.5').map((v) => v.split('|')),
      }),
    );
    fc.assert(
      fc.property(fc.array(condition, { maxLength: 4 }), fc.array(text, { maxLength: 2 }), (conditions, source) => {
        const unique = conditions.filter(
          (c, i) =>
            conditions.findIndex((d) => d.path === c.path || d.path.startsWith(`${c.path}.`) || c.path.startsWith(`${d.path}.`)) === i &&
            !['source', 'detail-type', 'detail'].includes(c.path),
        );
        const pattern = patternOfForm({ source, detailType: [], conditions: unique });
        const form = formOfPattern(pattern);
        expect(form).toBeDefined();
        expect(patternOfForm(form!)).toEqual(pattern);
      }),
    );
  });

  it('writes patterns EventBridge accepts when the values pass the form checks', () => {
    const conditions: FieldCondition[] = [
      { path: 'detail.n', operator: 'numeric', values: ['>= 0', '< 10'] },
      { path: 'detail.gone', operator: 'exists', values: ['false'] },
      { path: 'detail.key', operator: 'wildcard', values: ['img/*.png'] },
    ];
    expect(conditions.map(conditionProblem)).toEqual([undefined, undefined, undefined]);
    expect(validatePattern(patternOfForm({ source: ['my.app'], detailType: [], conditions }))).toEqual([]);
    expect(conditionProblem({ path: 'detail.n', operator: 'numeric', values: ['!= 5'] })).toMatch(/comparisons/);
    expect(conditionProblem({ path: 'detail..n', operator: 'equals', values: ['x'] })).toMatch(/path/);
    expect(conditionProblem({ path: 'detail.n', operator: 'prefix', values: [] })).toMatch(/at least one value/);
  });

  it('reads comma-separated values, quoting those with commas', () => {
    expect(splitValues('a, b ,c')).toEqual(['a', 'b', 'c']);
    expect(splitValues('"x, y", z')).toEqual(['x, y', 'z']);
    expect(splitValues('')).toEqual([]);
    for (const values of [['a', 'b'], ['x, y', 'z'], [' padded', 'q"uote'], ['']]) expect(splitValues(joinValues(values))).toEqual(values);
  });
});
