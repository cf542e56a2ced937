import type { LogicalId } from '../template/types';

export type NodeKind =
  | 'bus'
  | 'rule'
  | 'lambda'
  | 'stateMachine'
  | 'topic'
  | 'queue'
  | 'logGroup'
  | 'stream'
  | 'role'
  | 'permission'
  | 'resource'
  /** A target named by ARN that is not a resource of this template (another stack, account or Region). */
  | 'external';

/** The kinds the palette adds and connections join; the others are shown as what they are. */
export type DesignKind = 'bus' | 'rule' | 'lambda' | 'stateMachine' | 'topic' | 'queue';

/** A canvas node derived from the template; `id` is the logical id (or DEFAULT_BUS_ID). */
export interface DesignNode {
  id: string;
  kind: NodeKind;
  /** The physical name the resource will have, or its logical id when the template sets none. */
  label: string;
  /** The resource's logical id; undefined for the default bus, which is not a resource. */
  logicalId?: LogicalId;
  /** A one-line summary: pattern, schedule, runtime, type. */
  detail: string;
  /** The CloudFormation type; undefined for the default bus and for targets outside the template. */
  type?: string;
  /** Set when SAM generates this resource (or it is the SAM resource itself, expanded): edit it in the SAM resource. */
  sam?: { resource: LogicalId; samType: string; event?: string };
}

/**
 * How EventBridge is authorised to call a target: the role it assumes (Step Functions, Kinesis,
 * event buses), or the resource policies that let it (a Lambda function's permissions; an SNS
 * TopicPolicy, an SQS QueuePolicy, a CloudWatch Logs ResourcePolicy), listed in permissionIds.
 */
export type Authorisation =
  { mechanism: 'role'; roleId: LogicalId } | { mechanism: 'resource-policy'; permissionIds: LogicalId[] } | { mechanism: 'none' };

export type DesignEdge =
  | { id: string; kind: 'bus-rule'; source: string; target: LogicalId }
  | {
      id: string;
      /** Any other reference between resources: Ref, GetAtt or Sub inside `property`. */
      kind: 'reference';
      source: LogicalId;
      target: LogicalId;
      property: string;
    }
  | {
      id: string;
      kind: 'rule-target';
      source: LogicalId;
      target: LogicalId;
      targetIndex: number;
      targetId: string;
      authorisation: Authorisation;
    };

export interface DesignGraph {
  nodes: DesignNode[];
  edges: DesignEdge[];
}
