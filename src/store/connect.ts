import type { DesignGraph } from '../core/graph/types';
import type { Template } from '../core/template/types';
import { connectBusToRule } from '../core/ops/connect-bus-to-rule';
import { connectRuleToTarget, whyCannotConnect } from '../core/ops/connect-rule-to-target';
import { CONNECTABLE_TARGETS } from '../core/graph/connectable';
import { generatedBySam, generatedBySamText } from '../core/graph/sam-origin';

/**
 * What a drag from `source` to `target` means on the canvas: a bus to a rule puts the rule on the
 * bus; a rule to a function or state machine adds a target. Returns the new template, or the
 * reason the connection is refused.
 */
export function connect(template: Template, graph: DesignGraph, source: string, target: string): Template | string {
  const nodeOf = (id: string) => graph.nodes.find((n) => n.id === id);
  const generated = [nodeOf(source), nodeOf(target)].find(generatedBySam);
  if (generated) return `${generatedBySamText(generated)}: change it in ${generated.sam.resource}.`;
  const from = nodeOf(source)?.kind;
  const to = nodeOf(target)?.kind;
  if (from === 'bus' && to === 'rule') return connectBusToRule(template, source, target);
  if (from === 'rule' && to !== undefined && CONNECTABLE_TARGETS.has(to)) {
    return whyCannotConnect(template, source, target) ?? connectRuleToTarget(template, source, target);
  }
  return 'Connect an event bus to a rule, or a rule to a target: a Lambda function, a state machine, an SNS topic, an SQS queue or a custom event bus.';
}
