import type { DesignerState } from './designer-store';
import { selectDiagnostics, selectExpandedTemplate } from './selectors';
import { readEventText, type EventText } from '../core/pattern/read-event-text';
import { testEvent, type RuleOutcome, type TargetVerdict } from '../core/sandbox/test-event';
import { SAMPLE_EVENTS } from '../core/sandbox/sample-events';
import { eventForPattern } from '../core/sandbox/event-for-pattern';
import { patternOfRule } from '../core/resolve/pattern-of-rule';
import { assignmentsFor } from '../core/resolve/assignments';
import { resourcesOf } from '../core/template/resources';
import { RESOURCE_TYPES } from '../core/template/types';

let lastEvent: { text: string; read: EventText } | undefined;

/** The test event as parsed from its text (once per text). */
export function selectTestEvent(s: Pick<DesignerState, 'sandbox'>): EventText {
  if (lastEvent?.text !== s.sandbox.eventText) lastEvent = { text: s.sandbox.eventText, read: readEventText(s.sandbox.eventText) };
  return lastEvent.read;
}

let lastOutcomes: { key: unknown[]; outcomes: RuleOutcome[] | undefined } | undefined;

/**
 * What the sent test event does in the current design: recomputed when the design, the event or
 * the bus changes, so fixing a permission turns its target from blocked to invoked at once.
 */
export function selectTestOutcomes(s: DesignerState): RuleOutcome[] | undefined {
  const event = selectTestEvent(s).event;
  const key = [s.template, event, s.sandbox.bus, s.sandbox.sent];
  if (lastOutcomes && key.every((k, i) => k === lastOutcomes!.key[i])) return lastOutcomes.outcomes;
  const outcomes =
    s.sandbox.sent && event ? testEvent(selectExpandedTemplate(s), event, selectDiagnostics(s), s.sandbox.bus ?? undefined) : undefined;
  lastOutcomes = { key, outcomes };
  return outcomes;
}

export type NodeFlow = 'matched' | 'unmatched' | 'disabled' | TargetVerdict | 'received';

export interface EventFlow {
  nodes: Map<string, NodeFlow>;
  /** Edges the event travels along, by edge id, with what happens at their end. */
  edges: Map<string, NodeFlow>;
}

let lastFlow: { outcomes: RuleOutcome[]; flow: EventFlow } | undefined;

/** The event's way through the canvas: buses that receive it, rules that match, targets invoked or blocked. */
export function selectEventFlow(s: DesignerState): EventFlow | undefined {
  const outcomes = selectTestOutcomes(s);
  if (!outcomes) return undefined;
  if (lastFlow?.outcomes === outcomes) return lastFlow.flow;
  const nodes = new Map<string, NodeFlow>();
  const edges = new Map<string, NodeFlow>();
  for (const o of outcomes) {
    if (o.verdict === 'other-bus') continue;
    if (o.busId) nodes.set(o.busId, 'received');
    const state: NodeFlow = o.verdict === 'matches' ? 'matched' : o.verdict === 'disabled' ? 'disabled' : 'unmatched';
    nodes.set(o.ruleId, state);
    if (o.busId && o.verdict === 'matches') edges.set(`bus:${o.busId}->${o.ruleId}`, 'matched');
    for (const t of o.targets) {
      if (!t.resourceId) continue;
      // A resource several rules target shows its worst outcome.
      const before = nodes.get(t.resourceId);
      if (before !== 'blocked') nodes.set(t.resourceId, t.verdict);
      edges.set(`target:${o.ruleId}[${t.index}]->${t.resourceId}`, t.verdict);
    }
  }
  lastFlow = { outcomes, flow: { nodes, edges } };
  return lastFlow.flow;
}

export interface EventChoice {
  id: string;
  label: string;
  text: string;
}

let lastChoices: { template: unknown; choices: EventChoice[] } | undefined;

/** Events to start from: the built-in samples, then one event built to match each rule of the design. */
export function selectEventChoices(s: DesignerState): EventChoice[] {
  if (lastChoices?.template === s.template) return lastChoices.choices;
  const template = selectExpandedTemplate(s);
  const a = assignmentsFor(template)[0]!;
  const forRules = Object.entries(resourcesOf(template))
    .filter(([, r]) => r.Type === RESOURCE_TYPES.rule)
    .flatMap(([id]): EventChoice[] => {
      const pattern = patternOfRule(template, id, a);
      if (pattern.kind !== 'pattern') return [];
      const built = eventForPattern(pattern.pattern);
      return built.matches ? [{ id: `rule:${id}`, label: `An event rule ${id} matches`, text: pretty(built.event) }] : [];
    });
  const samples = SAMPLE_EVENTS.map((e) => ({ id: e.id, label: e.label, text: pretty(e.event) }));
  lastChoices = { template: s.template, choices: [...samples, ...forRules] };
  return lastChoices.choices;
}

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
