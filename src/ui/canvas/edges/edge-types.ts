import type { EdgeTypes } from '@xyflow/react';
import { BezierEdge } from '@xyflow/react';
import { TargetEdge } from './TargetEdge';
import { ReferenceEdge } from './ReferenceEdge';

export const edgeTypes = {
  bus: BezierEdge,
  target: TargetEdge,
  reference: ReferenceEdge,
} satisfies EdgeTypes;
