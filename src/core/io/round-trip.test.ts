import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyTemplate } from '../ops/empty-template';
import { addEventBus } from '../ops/add-event-bus';
import { addRule } from '../ops/add-rule';
import { addLambdaFunction } from '../ops/add-lambda-function';
import { addStateMachine } from '../ops/add-state-machine';
import { connectBusToRule } from '../ops/connect-bus-to-rule';
import { connectRuleToTarget } from '../ops/connect-rule-to-target';
import { removeResources } from '../ops/remove-resources';
import { resourcesOf } from '../template/resources';
import type { Template } from '../template/types';
import { readTemplate } from './read-template';
import { printYaml } from './print-yaml';

type Step = { op: 'bus' | 'rule' | 'lambda' | 'sm' } | { op: 'connect' | 'remove'; a: number; b: number };

/** A design built by a random sequence of the canvas's own operations. */
function build(steps: Step[]): Template {
  let t = emptyTemplate();
  const ids = () => Object.keys(resourcesOf(t));
  for (const s of steps) {
    if (s.op === 'bus') t = addEventBus(t).template;
    else if (s.op === 'rule') t = addRule(t).template;
    else if (s.op === 'lambda') t = addLambdaFunction(t).template;
    else if (s.op === 'sm') t = addStateMachine(t).template;
    else if (s.op === 'connect' || s.op === 'remove') {
      const all = ids();
      const a = all[s.a % Math.max(all.length, 1)];
      const b = all[s.b % Math.max(all.length, 1)];
      if (!a || !b) continue;
      if (s.op === 'remove') t = removeResources(t, [a]);
      else t = connectRuleToTarget(connectBusToRule(t, b, a), a, b);
    }
  }
  // Extras the designer does not model must survive too.
  return {
    ...t,
    Parameters: { Stage: { Type: 'String', Default: 'prod' } },
    Outputs: { Stage: { Value: { Ref: 'Stage' } } },
    Transform: 'AWS::LanguageExtensions',
  };
}

const steps = fc.array(
  fc.oneof(
    fc.record({ op: fc.constantFrom('bus' as const, 'rule' as const, 'lambda' as const, 'sm' as const) }),
    fc.record({ op: fc.constantFrom('connect' as const, 'remove' as const), a: fc.nat(), b: fc.nat() }),
  ),
  { maxLength: 25 },
);

const exportJson = (t: Template) => `${JSON.stringify(t, null, 2)}\n`;

describe('export -> import -> export', () => {
  it('is the identity for JSON, key order included, on designs built by the operations', () => {
    fc.assert(
      fc.property(steps, (s) => {
        const text = exportJson(build(s));
        const back = readTemplate(text);
        expect(back.ok).toBe(true);
        if (back.ok) expect(exportJson(back.template)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  it('is the identity through YAML with short-form tags', () => {
    fc.assert(
      fc.property(steps, (s) => {
        const template = build(s);
        const back = readTemplate(printYaml(template));
        expect(back.ok).toBe(true);
        if (back.ok) expect(exportJson(back.template)).toBe(exportJson(template));
      }),
      { numRuns: 100 },
    );
  });
});
