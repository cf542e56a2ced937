import type { NodeProps } from '@xyflow/react';
import type { ResourceFlowNode } from '../to-flow';
import { NODE_LOOKS } from '../../resource-kinds';
import { ResourceCard } from './ResourceCard';

/** Roles, permissions and any other resource: shown as what they are, linked by their references. */
export function OtherResourceNode({ data, selected }: NodeProps<ResourceFlowNode>) {
  const look = NODE_LOOKS[data.node.kind];
  const Icon = look.icon;
  const kindName = data.node.kind === 'resource' ? (data.node.type ?? 'Resource').replace(/^AWS::/, '') : look.name;
  return (
    <ResourceCard
      node={data.node}
      kindName={kindName}
      icon={<Icon size={36} aria-hidden="true" focusable="false" />}
      selected={selected}
      accent={look.color}
    />
  );
}
