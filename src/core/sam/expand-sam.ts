import { isJsonObject, type Json, type JsonObject } from '../template/json';
import type { LogicalId, Template } from '../template/types';
import type { ImplicitApi } from './events';
import { expandConnectorResource, expandEmbeddedConnectors } from './connectors';
import { expandFunction } from './function';
import { referenceableNames, rewriteSamReferences } from './sam-references';
import { expandStateMachine } from './state-machine';
import { isSamTemplate, withoutSamSections } from './transform';
import type { Emitter, GeneratedBy, SamExpansion, SamIssue } from './types';

const IMPLICIT_API_TYPE: Record<ImplicitApi['id'], string> = {
  ServerlessRestApi: 'AWS::ApiGateway::RestApi',
  ServerlessHttpApi: 'AWS::ApiGatewayV2::Api',
};

/**
 * Expands a SAM template (Transform: AWS::Serverless-2016-10-31) into the CloudFormation resources SAM
 * generates that matter to EventBridge, so the graph and the checks see plain CloudFormation: each
 * AWS::Serverless::Function and AWS::Serverless::StateMachine is replaced by its resource of the same
 * id, its execution role, and the rules, permissions, roles and schedules of its EventBridge events;
 * each connector from an EventBridge rule (AWS::Serverless::Connector, or embedded in a resource's
 * Connectors) by the policy or permission it grants, and the Connectors attribute is removed.
 * Other resources (other AWS::Serverless types too) stay as they are. A template without the SAM
 * transform (and no AWS::Serverless resource) comes back unchanged. Never throws: what SAM would
 * refuse is skipped and listed in problems.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources.html
 */
export function expandSam(template: Template): SamExpansion {
  const generated = new Map<LogicalId, GeneratedBy>();
  const problems: SamIssue[] = [];
  const raw = template.Resources;
  if (!isSamTemplate(template) || !isJsonObject(raw)) return { template, generated, problems };
  const originalIds = new Set(Object.keys(raw));
  const out = new Map<LogicalId, Json>();
  const globals = isJsonObject(template.Globals) ? template.Globals : {};
  const emit: Emitter = {
    add(id, resource, by) {
      if (out.has(id) || (originalIds.has(id) && id !== by.samResource)) {
        problems.push({
          kind: 'malformed',
          path: by.path,
          message: `SAM makes a resource ${id} here, but the template already has one with that logical id; SAM refuses the template.`,
        });
        return false;
      }
      out.set(id, resource);
      generated.set(id, by);
      return true;
    },
    issue(kind, path, message) {
      problems.push({ kind, path, message });
    },
    globals(key) {
      const g = globals[key];
      return isJsonObject(g) ? g : undefined;
    },
  };
  const apis: ImplicitApi[] = [];
  for (const [id, resource] of Object.entries(raw)) {
    const type = isJsonObject(resource) ? resource.Type : undefined;
    try {
      if (type === 'AWS::Serverless::Connector') {
        expandConnectorResource(emit, raw, id, resource as JsonObject);
        continue;
      }
      if (type !== 'AWS::Serverless::Function' && type !== 'AWS::Serverless::StateMachine') {
        if (!out.has(id)) out.set(id, withoutConnectors(resource));
        continue;
      }
      const r = resource as JsonObject;
      apis.push(...(type === 'AWS::Serverless::Function' ? expandFunction(emit, template, id, r) : expandStateMachine(emit, id, r)));
    } catch (e) {
      // A safety net: the expansion is written not to throw; if it does, keep the resource as it is.
      problems.push({
        kind: 'malformed',
        path: ['Resources', id],
        message: `This resource could not be expanded (${e instanceof Error ? e.message : String(e)}).`,
      });
      if (!out.has(id)) out.set(id, resource);
    }
  }
  for (const [id, resource] of Object.entries(raw))
    if (isJsonObject(resource) && resource.Connectors !== undefined) expandEmbeddedConnectors(emit, raw, id, resource);
  for (const api of apis) if (!out.has(api.id) && !originalIds.has(api.id)) emit.add(api.id, { Type: IMPLICIT_API_TYPE[api.id] }, api.by);
  const expanded: Template = { ...withoutSamSections(template), Resources: Object.fromEntries(out) };
  return { template: rewriteSamReferences(expanded, referenceableNames(expanded, generated)), generated, problems };
}

/** A resource as SAM passes it on: without the Connectors attribute, which SAM consumes. */
function withoutConnectors(resource: Json): Json {
  if (!isJsonObject(resource) || resource.Connectors === undefined) return resource;
  const { Connectors: _connectors, ...rest } = resource;
  return rest;
}
