import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isJsonObject } from '../template/json';
import { referencedId } from '../template/intrinsics';
import { readTemplate } from '../io/read-template';
import { validate } from '../validate/validate';
import { RULE_EVENT_TYPES } from './events';
import { expandSam } from './expand-sam';

// Published templates kept beside the project (see corpus-round-trip.test.ts).
const corpus = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const inDir = (dir: string) =>
  readdirSync(join(corpus, dir))
    .filter((f) => /\.(ya?ml|json|template)$/.test(f) && f !== 'manifest.json')
    .map((f) => join(corpus, dir, f));
const patterns = inDir('serverless-patterns');
const published = [...patterns, ...inDir('public/templates')];

function read(file: string) {
  const r = readTemplate(readFileSync(file, 'utf8'));
  return r.ok ? r.template : undefined;
}

describe('the serverless patterns', () => {
  it('are there to try', () => {
    expect(patterns.length).toBeGreaterThan(30);
  });

  it('expand, and each EventBridgeRule, Schedule or CloudWatchEvent event becomes a rule that targets its function or state machine', () => {
    const failures: string[] = [];
    let events = 0;
    for (const file of patterns) {
      const t = read(file);
      if (!t) continue;
      const { template, problems } = expandSam(t);
      const out = template.Resources as Record<string, { Type?: unknown; Properties?: { Targets?: { Arn?: never }[] } }>;
      for (const p of problems.filter((x) => x.kind === 'malformed')) failures.push(`${file}: ${p.path.join('/')}: ${p.message}`);
      for (const [id, r] of Object.entries(t.Resources as Record<string, unknown>)) {
        if (!isJsonObject(r) || !isJsonObject(r.Properties) || !isJsonObject(r.Properties.Events)) continue;
        for (const [name, e] of Object.entries(r.Properties.Events)) {
          if (!isJsonObject(e) || typeof e.Type !== 'string' || !RULE_EVENT_TYPES.has(e.Type)) continue;
          events++;
          const rule = out[`${id}${name}`];
          const arn = rule?.Properties?.Targets?.[0]?.Arn;
          const target = referencedId(arn);
          // With AutoPublishAlias the target is the function's alias, <id>Alias<name>.
          const ok = rule?.Type === 'AWS::Events::Rule' && (target === id || (target?.startsWith(`${id}Alias`) ?? false));
          if (!ok) failures.push(`${file}: ${id}.${name} did not become a rule targeting ${id}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(events).toBeGreaterThan(15);
  });
});

// Mistakes the templates themselves make in what SAM copies as written (src/core/corpus/corpus-verdicts.test.ts):
// this state machine's Definition names a function, StateMachineFunction, that the template does not declare.
const OWN_MISTAKES = new Set(['aws_serverless-application-model__tests_translator_input_connector_rule_to_sfn.yaml: CFN-07']);

describe('published templates', () => {
  it('expand without an exception, and what SAM generates gives the validator nothing to report', () => {
    const failures: string[] = [];
    for (const file of published) {
      const t = read(file);
      if (!t) continue;
      const { template, generated } = expandSam(t);
      for (const d of validate(template)) {
        if (
          d.severity !== 'info' &&
          d.resource !== undefined &&
          generated.has(d.resource) &&
          !generated.get(d.resource)!.path.includes('Policies') &&
          !OWN_MISTAKES.has(`${file.split('/').pop()}: ${d.ruleId}`)
        )
          failures.push(`${file.split('/').pop()}: ${d.ruleId} ${d.path}: ${d.message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
