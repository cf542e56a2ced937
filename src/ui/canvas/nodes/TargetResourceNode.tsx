import type { NodeProps } from '@xyflow/react';
import type { ResourceFlowNode } from '../to-flow';
import { NODE_LOOKS } from '../../resource-kinds';
import { ResourceCard } from './ResourceCard';

/** Targets other than functions and state machines: topics, queues, log groups, streams, and targets outside the template. */
export function TargetResourceNode({ data, selected }: NodeProps<ResourceFlowNode>) {
  const look = NODE_LOOKS[data.node.kind];
  const Icon = look.icon;
  const kindName = data.node.kind === 'external' ? data.node.detail.split(' · ')[0]! : look.name;
  return (
    <ResourceCard
      node={data.node}
      kindName={kindName}
      icon={<Icon size={36} aria-hidden="true" focusable="false" />}
      selected={selected}
      accepts
      accent={look.color}
    />
  );
}
