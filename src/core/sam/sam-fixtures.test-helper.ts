import type { JsonObject } from '../template/json';
import type { Template } from '../template/types';
import { validate } from '../validate/validate';

// Small SAM templates for the expansion tests.
export const SAM = 'AWS::Serverless-2016-10-31';
export const sam = (resources: JsonObject, extra: JsonObject = {}): Template => ({ Transform: SAM, ...extra, Resources: resources });
export const fn = (properties: JsonObject): JsonObject => ({
  Type: 'AWS::Serverless::Function',
  Properties: { CodeUri: 'src/', Handler: 'index.handler', Runtime: 'nodejs22.x', ...properties },
});
export const sm = (properties: JsonObject): JsonObject => ({
  Type: 'AWS::Serverless::StateMachine',
  Properties: { Definition: { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, ...properties },
});
export const res = (t: Template, id: string): JsonObject => (t.Resources as JsonObject)[id] as JsonObject;
export const props = (t: Template, id: string): JsonObject => res(t, id).Properties as JsonObject;
/** What the validator reports as errors and warnings: an expansion must add none of its own. */
export const findings = (t: Template) =>
  validate(t)
    .filter((d) => d.severity !== 'info')
    .map((d) => `${d.ruleId} ${d.path}`);
export const onOrder = { Type: 'EventBridgeRule', Properties: { Pattern: { source: ['shop'] } } };
