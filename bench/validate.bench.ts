// npm run bench: how long the live work of one edit takes on designs of 10, 100 and 1,000 rules.
// Timings are printed, never asserted: they depend on the machine.
import { performance } from 'node:perf_hooks';
import { emptyTemplate } from '../src/core/ops/empty-template';
import { addRule } from '../src/core/ops/add-rule';
import { addLambdaFunction } from '../src/core/ops/add-lambda-function';
import { addStateMachine } from '../src/core/ops/add-state-machine';
import { connectRuleToTarget } from '../src/core/ops/connect-rule-to-target';
import { setResourceProperty } from '../src/core/ops/set-property';
import { validate } from '../src/core/validate/validate';
import { deriveGraph } from '../src/core/graph/derive-graph';
import { printYaml } from '../src/core/io/print-yaml';
import { parseTemplateText } from '../src/core/io/parse-template-text';
import type { Template } from '../src/core/template/types';

/** A design of `rules` rules, half invoking functions, half starting state machines. */
function design(rules: number): { template: Template; firstRule: string } {
  let t = emptyTemplate();
  let firstRule = '';
  for (let i = 0; i < rules; i++) {
    const rule = addRule(t);
    const target = i % 2 === 0 ? addLambdaFunction(rule.template) : addStateMachine(rule.template);
    t = connectRuleToTarget(target.template, rule.id, target.id);
    firstRule ||= rule.id;
  }
  return { template: t, firstRule };
}

function measure(run: () => unknown, budgetMs = 1500): { median: number; p95: number; runs: number } {
  for (let i = 0; i < 3; i++) run();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < 5 || (performance.now() - start < budgetMs && times.length < 200)) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]!, runs: times.length };
}

const rows: string[][] = [];
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
for (const size of [10, 100, 1000]) {
  const { template, firstRule } = design(size);
  const resources = Object.keys(template.Resources as object).length;
  const json = JSON.stringify(template, null, 2);
  let n = 0;
  const cases: [string, () => unknown][] = [
    ['validate', () => validate(template)],
    ['one edit + validate', () => validate(setResourceProperty(template, firstRule, 'Description', `edit ${n++}`))],
    ['derive graph', () => deriveGraph(template)],
    ['export JSON', () => JSON.stringify(template, null, 2)],
    ['export YAML', () => printYaml(template)],
    ['import JSON', () => parseTemplateText(json)],
  ];
  for (const [name, run] of cases) {
    const budget = size === 1000 ? 4000 : 1500;
    const r = measure(run, budget);
    rows.push([String(size), String(resources), name, ms(r.median), ms(r.p95), String(r.runs)]);
  }
}

const header = ['rules', 'resources', 'operation', 'median ms', 'p95 ms', 'runs'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i >= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
