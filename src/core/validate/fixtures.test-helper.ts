import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate } from './validate';
import type { ValidationRule } from './types';

/** The fixture templates of a rule: `__fixtures__/<ID>/good*.json` and `bad*.json` beside the rule's file. */
export function fixturesOf(rule: ValidationRule, testFileUrl: string): { name: string; template: unknown }[] {
  const dir = join(dirname(fileURLToPath(testFileUrl)), '__fixtures__', rule.id);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, template: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown }));
}

export interface ExpectedFinding {
  path: string;
  resource?: string;
  message?: string | RegExp;
}

/**
 * The standard test of a rule: every good fixture gets no finding from it; each bad fixture gets
 * exactly the expected findings (rule id and JSON pointer); and each finding's fix, applied, makes
 * the finding go away.
 */
export function testRuleWithFixtures(rule: ValidationRule, testFileUrl: string, expected: Record<string, ExpectedFinding[]>): void {
  describe(`${rule.id} ${rule.title}`, () => {
    const fixtures = fixturesOf(rule, testFileUrl);
    for (const { name, template } of fixtures.filter((f) => f.name.startsWith('good'))) {
      it(`finds nothing in ${name}`, () => {
        expect(validate(template, [rule])).toEqual([]);
      });
    }
    for (const { name, template } of fixtures.filter((f) => f.name.startsWith('bad'))) {
      it(`reports ${name}`, () => {
        const want = expected[name];
        if (!want) throw new Error(`no expected findings given for ${name}`);
        const found = validate(template, [rule]);
        expect(found.map((d) => ({ ruleId: d.ruleId, path: d.path, resource: d.resource }))).toEqual(
          want.map((w) => ({ ruleId: rule.id, path: w.path, resource: w.resource })),
        );
        want.forEach((w, i) => {
          if (w.message !== undefined) expect(found[i]?.message).toMatch(w.message);
        });
        for (const d of found) {
          if (!d.fix) continue;
          const fixed = d.fix.apply(template as never);
          expect(validate(fixed, [rule]).filter((x) => x.path === d.path)).toEqual([]);
        }
      });
    }
  });
}
