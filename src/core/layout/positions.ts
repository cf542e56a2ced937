import type { DesignNode, NodeKind } from '../graph/types';

export interface Position {
  x: number;
  y: number;
}
export type Layout = Record<string, Position>;

/** Columns read left to right as events flow: buses, rules, targets. */
const COLUMN_X: Record<NodeKind, number> = {
  bus: 0,
  rule: 370,
  lambda: 740,
  stateMachine: 740,
  topic: 740,
  queue: 740,
  logGroup: 740,
  stream: 740,
  external: 740,
  role: 1110,
  permission: 1110,
  resource: 1480,
};
const ROW_HEIGHT = 130;
const NODE_SIZE = { width: 250, height: 90 };

function overlaps(a: Position, b: Position): boolean {
  return Math.abs(a.x - b.x) < NODE_SIZE.width && Math.abs(a.y - b.y) < NODE_SIZE.height + 10;
}

/** The first spot in the kind's column that no placed node covers. */
export function freePosition(kind: NodeKind, taken: Iterable<Position>): Position {
  const placed = [...taken];
  for (let row = 0; ; row++) {
    const candidate = { x: COLUMN_X[kind], y: row * ROW_HEIGHT };
    if (!placed.some((p) => overlaps(p, candidate))) return candidate;
  }
}

/** The layout with a position for every node: kept where the user put it, placed in free space otherwise. */
export function completeLayout(nodes: DesignNode[], layout: Layout): Layout {
  const out: Layout = {};
  for (const n of nodes) {
    const p = layout[n.id];
    if (p) out[n.id] = p;
  }
  for (const n of nodes) if (!out[n.id]) out[n.id] = freePosition(n.kind, Object.values(out));
  return out;
}
