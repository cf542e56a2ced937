import type { Json, JsonObject } from '../template/json';
import type { LogicalId, Template } from '../template/types';

/** A JSON path in the original (SAM) template, e.g. ['Resources', 'Fn', 'Properties', 'Events', 'OnOrder']. */
export type SamPath = (string | number)[];

/** Which SAM resource (and event) a resource of the expanded template stands for. */
export interface GeneratedBy {
  samResource: LogicalId;
  /** The SAM type, e.g. AWS::Serverless::Function. */
  samType: string;
  /** The event name under Events, when the resource comes from an event source. */
  event?: string;
  /** Where in the original template it comes from. */
  path: SamPath;
}

/**
 * Something the expansion could not do as SAM does: a section SAM would refuse ("malformed"), or a
 * construct it leaves out ("unexpanded", e.g. a policy template it does not model).
 */
export interface SamIssue {
  kind: 'malformed' | 'unexpanded';
  path: SamPath;
  message: string;
}

export interface SamExpansion {
  /** Plain CloudFormation for what matters to EventBridge; the input itself when it is not a SAM template. */
  template: Template;
  /** Every resource the expansion made or replaced, by logical id. */
  generated: Map<LogicalId, GeneratedBy>;
  problems: SamIssue[];
}

/** What expanding one SAM resource writes into: resources in order, and issues. */
export interface Emitter {
  /** Adds a resource; refuses (and reports) an id the original template already uses for something else. */
  add(id: LogicalId, resource: JsonObject, by: GeneratedBy): boolean;
  issue(kind: SamIssue['kind'], path: SamPath, message: string): void;
  /** The Globals section entry for a SAM type key ("Function", "StateMachine"), when it is an object. */
  globals(key: string): JsonObject | undefined;
}

/** The resource a SAM event targets, as the generated resources refer to it. */
export interface EventOwner {
  id: LogicalId;
  samType: string;
  kind: 'function' | 'stateMachine';
  /** Target Arn: GetAtt Fn.Arn, the alias Ref, or Ref StateMachine. */
  arn: Json;
  /** The Lambda permission's FunctionName: Ref Fn, or the alias Ref. */
  functionName?: Json;
  /** Resource attributes SAM copies onto what it generates (Condition, DeletionPolicy, UpdateReplacePolicy). */
  attributes: JsonObject;
  permissionsBoundary?: Json;
}
