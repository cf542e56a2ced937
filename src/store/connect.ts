import type { DesignGraph } from '../core/graph/types';
import type { Template } from '../core/template/types';
import { connectBusToRule } from '../core/ops/connect-bus-to-rule';
import { connectRuleToTarget, whyCannotConnect } from '../core/ops/connect-rule-to-target';

/**
 * What a drag from `source` to `target` means on the canvas: a bus to a rule puts the rule on the
 * bus; a rule to a function or state machine adds a target. Returns the new template, or the
 * reason the connection is refused.
 */
export function connect(template: Template, graph: DesignGraph, source: string, target: string): Template | string {
  const kindOf = (id: string) => graph.nodes.find((n) => n.id === id)?.kind;
  const from = kindOf(source);
  const to = kindOf(target);
  if (from === 'bus' && to === 'rule') return connectBusToRule(template, source, target);
  if (from === 'rule' && (to === 'lambda' || to === 'stateMachine')) {
    return whyCannotConnect(template, source, target) ?? connectRuleToTarget(template, source, target);
  }
  return 'Connect an event bus to a rule, or a rule to a Lambda function or a state machine.';
}
