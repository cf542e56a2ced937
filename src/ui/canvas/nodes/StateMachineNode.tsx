import type { NodeProps } from '@xyflow/react';
import type { ResourceFlowNode } from '../to-flow';
import { RESOURCE_KINDS } from '../../resource-kinds';
import { ResourceCard } from './ResourceCard';

export function StateMachineNode({ data, selected }: NodeProps<ResourceFlowNode>) {
  const Icon = RESOURCE_KINDS.stateMachine.icon;
  return (
    <ResourceCard
      node={data.node}
      kindName="State machine"
      icon={<Icon size={36} aria-hidden="true" focusable="false" />}
      selected={selected}
      accepts
      accent="var(--kind-integration)"
    />
  );
}
