import type { NodeKind } from './types';

/** The kinds a rule can be connected to on the canvas; each connection adds what EventBridge needs to call the target. */
export const CONNECTABLE_TARGETS: ReadonlySet<NodeKind> = new Set(['lambda', 'stateMachine', 'topic', 'queue', 'bus']);
