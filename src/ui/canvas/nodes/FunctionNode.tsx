import type { NodeProps } from '@xyflow/react';
import type { ResourceFlowNode } from '../to-flow';
import { RESOURCE_KINDS } from '../../resource-kinds';
import { ResourceCard } from './ResourceCard';

export function FunctionNode({ data, selected }: NodeProps<ResourceFlowNode>) {
  const Icon = RESOURCE_KINDS.lambda.icon;
  return (
    <ResourceCard
      node={data.node}
      kindName="Lambda function"
      icon={<Icon size={36} aria-hidden="true" focusable="false" />}
      selected={selected}
      accepts
      accent="var(--kind-compute)"
    />
  );
}
