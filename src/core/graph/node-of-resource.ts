import type { JsonObject } from '../template/json';
import { propertiesOf } from '../template/resources';
import { RESOURCE_TYPES, type LogicalId } from '../template/types';
import type { DesignNode, NodeKind } from './types';

const KIND_OF_TYPE: Record<string, NodeKind> = {
  [RESOURCE_TYPES.eventBus]: 'bus',
  [RESOURCE_TYPES.rule]: 'rule',
  [RESOURCE_TYPES.lambdaFunction]: 'lambda',
  [RESOURCE_TYPES.stateMachine]: 'stateMachine',
};

const NAME_PROPERTY: Record<NodeKind, string> = {
  bus: 'Name',
  rule: 'Name',
  lambda: 'FunctionName',
  stateMachine: 'StateMachineName',
};

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function detailOf(kind: NodeKind, p: JsonObject): string {
  switch (kind) {
    case 'bus':
      return 'Custom event bus';
    case 'rule': {
      const schedule = text(p.ScheduleExpression);
      const state = p.State === 'DISABLED' ? ' · disabled' : '';
      if (schedule) return `${schedule}${state}`;
      const pattern = p.EventPattern;
      const summary = typeof pattern === 'object' && pattern !== null ? JSON.stringify(pattern) : 'no event pattern';
      return `${summary.length > 60 ? `${summary.slice(0, 57)}...` : summary}${state}`;
    }
    case 'lambda':
      return (
        [text(p.Runtime), typeof p.MemorySize === 'number' ? `${p.MemorySize} MB` : undefined].filter(Boolean).join(' · ') ||
        'Lambda function'
      );
    case 'stateMachine':
      return `${text(p.StateMachineType) ?? 'STANDARD'} workflow`;
  }
}

/** The canvas node for a resource, or undefined for types the canvas does not draw. */
export function nodeOfResource(id: LogicalId, resource: JsonObject): DesignNode | undefined {
  const kind = typeof resource.Type === 'string' ? KIND_OF_TYPE[resource.Type] : undefined;
  if (!kind) return undefined;
  const p = propertiesOf(resource);
  return { id, kind, logicalId: id, label: text(p[NAME_PROPERTY[kind]]) ?? id, detail: detailOf(kind, p) };
}
