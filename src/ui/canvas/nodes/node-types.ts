import type { NodeTypes } from '@xyflow/react';
import { BusNode } from './BusNode';
import { RuleNode } from './RuleNode';
import { FunctionNode } from './FunctionNode';
import { StateMachineNode } from './StateMachineNode';

export const nodeTypes = {
  bus: BusNode,
  rule: RuleNode,
  lambda: FunctionNode,
  stateMachine: StateMachineNode,
} satisfies NodeTypes;
