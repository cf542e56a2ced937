import type { EdgeTypes } from '@xyflow/react';
import { BezierEdge } from '@xyflow/react';
import { TargetEdge } from './TargetEdge';

export const edgeTypes = {
  bus: BezierEdge,
  target: TargetEdge,
} satisfies EdgeTypes;
