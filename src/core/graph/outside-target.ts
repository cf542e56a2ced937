import { isJsonObject, type Json, type JsonObject } from '../template/json';
import type { LogicalId, Template } from '../template/types';
import type { Assignment } from '../resolve/assignments';
import { targetServiceOf, type TargetService } from '../iam/target-service';
import { resolverFor } from '../iam/eventbridge-request';
import type { DesignNode } from './types';

const SERVICE_NAMES: Record<Exclude<TargetService, { other: string }>, string> = {
  lambda: 'Lambda function',
  states: 'State machine',
  sns: 'SNS topic',
  sqs: 'SQS queue',
  logs: 'Log group',
  kinesis: 'Kinesis stream',
  events: 'Event bus',
  unknown: 'Target',
};

/** The node id of a rule's target that is not a resource of the template. */
export function outsideTargetId(ruleId: LogicalId, index: number): string {
  return `outside:${ruleId}[${index}]`;
}

/** The last part of an ARN, which names the resource: "arn:aws:sns:eu-west-1:123:alerts" -> "alerts". */
function nameInArn(arn: string): string {
  const resource = arn.split(':').slice(5).join(':');
  return resource.split(/[/:]/).filter(Boolean).pop() ?? arn;
}

/** How the template names the target when its ARN cannot be read: the import, parameter or text it comes from. */
function describeExpression(value: Json | undefined): string {
  if (typeof value === 'string') return value;
  if (isJsonObject(value)) {
    const [fn, arg] = Object.entries(value)[0] ?? [];
    if (fn === 'Ref' && typeof arg === 'string') return arg;
    if (fn === 'Fn::ImportValue') return `import ${typeof arg === 'string' ? arg : describeExpression(arg as Json)}`;
    if (fn === 'Fn::GetAtt' && Array.isArray(arg)) return arg.join('.');
    if (fn === 'Fn::Sub') return typeof arg === 'string' ? arg : Array.isArray(arg) && typeof arg[0] === 'string' ? arg[0] : 'Fn::Sub';
    if (fn) return fn;
  }
  return 'no Arn';
}

/**
 * A rule's target that is not a resource of this template (an ARN in another stack, account or
 * Region, an import, a parameter), drawn so every target of every rule is on the canvas: named by
 * its service and the resource its ARN names.
 */
export function outsideTargetNode(
  template: Template,
  assignments: Assignment[],
  ruleId: LogicalId,
  index: number,
  target: JsonObject,
): DesignNode {
  const { service } = targetServiceOf(template, target, assignments);
  const kindName = typeof service === 'string' ? SERVICE_NAMES[service] : service.other;
  const arn = assignments[0] ? resolverFor(template, assignments[0])(target.Arn) : undefined;
  const label = arn !== undefined && arn.startsWith('arn:') ? nameInArn(arn) : describeExpression(target.Arn);
  return { id: outsideTargetId(ruleId, index), kind: 'external', label, detail: `${kindName} · outside this template` };
}
