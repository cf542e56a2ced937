import type { NodeProps } from '@xyflow/react';
import type { ResourceFlowNode } from '../to-flow';
import { DEFAULT_BUS_ICON, RESOURCE_KINDS } from '../../resource-kinds';
import { ResourceCard } from './ResourceCard';

export function BusNode({ data, selected }: NodeProps<ResourceFlowNode>) {
  const isDefault = data.node.logicalId === undefined;
  const Icon = isDefault ? DEFAULT_BUS_ICON : RESOURCE_KINDS.bus.icon;
  return (
    <ResourceCard
      node={data.node}
      kindName={isDefault ? 'Default event bus' : 'Event bus'}
      icon={<Icon size={36} aria-hidden="true" focusable="false" />}
      selected={selected}
      accepts={!isDefault}
      emits
      accent="var(--kind-integration)"
    />
  );
}
