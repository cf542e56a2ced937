import type { NodeTypes } from '@xyflow/react';
import { BusNode } from './BusNode';
import { RuleNode } from './RuleNode';
import { FunctionNode } from './FunctionNode';
import { StateMachineNode } from './StateMachineNode';
import { OtherResourceNode } from './OtherResourceNode';
import { TargetResourceNode } from './TargetResourceNode';

export const nodeTypes = {
  bus: BusNode,
  rule: RuleNode,
  lambda: FunctionNode,
  stateMachine: StateMachineNode,
  topic: TargetResourceNode,
  queue: TargetResourceNode,
  logGroup: TargetResourceNode,
  stream: TargetResourceNode,
  external: TargetResourceNode,
  role: OtherResourceNode,
  permission: OtherResourceNode,
  resource: OtherResourceNode,
} satisfies NodeTypes;
