import type { NodeProps } from '@xyflow/react';
import type { ResourceFlowNode } from '../to-flow';
import { RESOURCE_KINDS } from '../../resource-kinds';
import { ResourceCard } from './ResourceCard';

export function RuleNode({ data, selected }: NodeProps<ResourceFlowNode>) {
  const Icon = RESOURCE_KINDS.rule.icon;
  return (
    <ResourceCard
      node={data.node}
      kindName="Rule"
      icon={<Icon size={36} aria-hidden="true" focusable="false" />}
      selected={selected}
      accepts
      emits
      accent="var(--kind-integration)"
    />
  );
}
