import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusTemplates } from './corpus-files.test-helper';
import { readTemplate } from '../io/read-template';
import { deriveGraph } from '../graph/derive-graph';
import { isJsonObject } from '../template/json';
import { resourcesOf } from '../template/resources';
import { targetsOf } from '../ops/targets';
import { hasSamTransform } from '../sam';
import type { Template } from '../template/types';

const corpus = CORPUS_DIR;

const templates = corpusTemplates;

/** The event sources SAM turns into EventBridge rules (ScheduleV2 makes a Scheduler schedule, not a rule). */
const RULE_EVENTS = new Set(['EventBridgeRule', 'Schedule', 'CloudWatchEvent']);

/** What a reader of the template counts: the explicit rules with their targets, and the SAM events that become rules. */
function expected(template: Template) {
  const rules: { id: string; targets: number }[] = [];
  for (const [id, r] of Object.entries(resourcesOf(template))) {
    if (r.Type === 'AWS::Events::Rule') rules.push({ id, targets: targetsOf(template, id).length });
    if (!hasSamTransform(template) || (r.Type !== 'AWS::Serverless::Function' && r.Type !== 'AWS::Serverless::StateMachine')) continue;
    const events = isJsonObject(r.Properties) && isJsonObject(r.Properties.Events) ? r.Properties.Events : {};
    for (const [name, e] of Object.entries(events))
      if (isJsonObject(e) && typeof e.Type === 'string' && RULE_EVENTS.has(e.Type)) rules.push({ id: `${id}${name}`, targets: 1 });
  }
  return rules;
}

describe('every rule and every target of a published template is on the canvas', () => {
  for (const path of templates(corpus)) {
    const name = relative(corpus, path);
    const read = readTemplate(readFileSync(path, 'utf8'));
    if (!read.ok) continue; // the broken ones are judged by the verdict tests
    it(name, () => {
      const graph = deriveGraph(read.template);
      const ruleNodes = new Set(graph.nodes.filter((n) => n.kind === 'rule').map((n) => n.id));
      for (const rule of expected(read.template)) {
        expect(ruleNodes.has(rule.id), `${name}: rule ${rule.id} is not on the canvas`).toBe(true);
        const edges = graph.edges.filter((e) => e.kind === 'rule-target' && e.source === rule.id);
        expect(edges.length, `${name}: rule ${rule.id} shows ${edges.length} of its ${rule.targets} targets`).toBe(rule.targets);
        for (const e of edges)
          expect(
            graph.nodes.some((n) => n.id === e.target),
            `${name}: ${e.id} ends nowhere`,
          ).toBe(true);
      }
    });
  }
});
