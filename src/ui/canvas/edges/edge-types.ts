import type { EdgeTypes } from '@xyflow/react';
import { TargetEdge } from './TargetEdge';
import { BusEdge } from './BusEdge';
import { ReferenceEdge } from './ReferenceEdge';

export const edgeTypes = {
  bus: BusEdge,
  target: TargetEdge,
  reference: ReferenceEdge,
} satisfies EdgeTypes;
