import type { LogicalId, Template } from '../template/types';
import { addLambdaFunction } from './add-lambda-function';
import { addRule } from './add-rule';
import { addStateMachine } from './add-state-machine';
import { connectBusToRule, DEFAULT_BUS_ID } from './connect-bus-to-rule';
import { connectRuleToTarget } from './connect-rule-to-target';
import { emptyTemplate } from './empty-template';
import { renameLogicalId } from './rename-logical-id';
import { setResourceProperty } from './set-property';

function namedRule(template: Template, id: LogicalId, name: string): Template {
  const added = addRule(template);
  let t = renameLogicalId(added.template, added.id, id);
  t = setResourceProperty(t, id, 'Name', name);
  t = setResourceProperty(t, id, 'EventPattern', { 'detail-type': [name] });
  return connectBusToRule(t, DEFAULT_BUS_ID, id);
}

/**
 * The seed article's design, built with the same operations the canvas uses: on the default bus,
 * detail-type "start-state-machine" starts a state machine and "start-lambda-function" invokes a
 * function, each with the permission it needs.
 */
export function seedDesign(): Template {
  let t = emptyTemplate();
  const fn = addLambdaFunction(t);
  t = renameLogicalId(fn.template, fn.id, 'TestLambdaFunction');
  const sm = addStateMachine(t);
  t = renameLogicalId(sm.template, sm.id, 'TestStateMachine');
  t = namedRule(t, 'InvokeStateMachineEventRule', 'start-state-machine');
  t = namedRule(t, 'InvokeLambdaFunctionEventRule', 'start-lambda-function');
  t = connectRuleToTarget(t, 'InvokeStateMachineEventRule', 'TestStateMachine');
  return connectRuleToTarget(t, 'InvokeLambdaFunctionEventRule', 'TestLambdaFunction');
}
