import { isJsonObject, type Json, type JsonObject } from '../template/json';
import { ref, refersTo } from '../template/intrinsics';
import { uniqueLogicalId } from '../template/logical-ids';
import { propertiesOf, resourcesOf, withProperty, withResource } from '../template/resources';
import type { LogicalId, Template } from '../template/types';

/**
 * The policy resources of `type` whose `listKey` list names a resource (by Ref, GetAtt or Sub):
 * AWS::SQS::QueuePolicy by its Queues, AWS::SNS::TopicPolicy by its Topics.
 */
export function policiesListing(template: Template, type: string, listKey: string, id: LogicalId): LogicalId[] {
  return Object.entries(resourcesOf(template))
    .filter(([, r]) => r.Type === type && (propertiesOf(r)[listKey] as Json[] | undefined)?.some?.((x) => refersTo(x, id)))
    .map(([policyId]) => policyId);
}

/** The statements of a policy document as a list (Statement may be one object). */
export function statementList(document: Json | undefined): Json[] {
  const statement = isJsonObject(document) ? document.Statement : undefined;
  return Array.isArray(statement) ? statement : statement === undefined ? [] : [statement];
}

/**
 * Adds a statement to the first policy of `type` that lists the resource, or a new policy
 * `{resourceId}Policy` listing it by Ref under `listKey`. A queue or a topic has one policy: each
 * policy resource naming it sets that one policy, so a second resource would replace the first.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queuepolicy.html
 */
export function withPolicyStatement(
  template: Template,
  policy: { type: string; listKey: string; resourceId: LogicalId },
  statement: JsonObject,
): Template {
  const [policyId] = policiesListing(template, policy.type, policy.listKey, policy.resourceId);
  if (policyId) {
    const resource = resourcesOf(template)[policyId]!;
    const document = propertiesOf(resource).PolicyDocument;
    const next = { ...(isJsonObject(document) ? document : { Version: '2012-10-17' }), Statement: [...statementList(document), statement] };
    return withResource(template, policyId, withProperty(resource, 'PolicyDocument', next));
  }
  const id = uniqueLogicalId(template, `${policy.resourceId}Policy`);
  return withResource(template, id, {
    Type: policy.type,
    Properties: { [policy.listKey]: [ref(policy.resourceId)], PolicyDocument: { Version: '2012-10-17', Statement: [statement] } },
  });
}

/** Drops the statements of a policy resource that `drop` picks; the policy goes when none is left. */
export function withoutStatements(template: Template, policyId: LogicalId, drop: (statement: JsonObject) => boolean): Template {
  const policy = resourcesOf(template)[policyId];
  const document = propertiesOf(policy).PolicyDocument;
  if (!policy || !isJsonObject(document)) return template;
  const statements = statementList(document);
  const kept = statements.filter((s) => !(isJsonObject(s) && drop(s)));
  if (kept.length === statements.length) return template;
  if (kept.length === 0) {
    const { [policyId]: _, ...rest } = resourcesOf(template);
    return { ...template, Resources: rest };
  }
  return withResource(template, policyId, withProperty(policy, 'PolicyDocument', { ...document, Statement: kept }));
}
