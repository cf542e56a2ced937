import { isJsonObject, type Json, type JsonObject } from '../template/json';
import type { Template } from '../template/types';

/** The transform that makes a template a SAM template.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy.html */
export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

/** Whether the template declares the SAM transform; Transform is a name or a list of them.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/transform-section-structure.html */
export function hasSamTransform(template: Template): boolean {
  const t = template.Transform;
  return t === SAM_TRANSFORM || (Array.isArray(t) && t.includes(SAM_TRANSFORM));
}

/**
 * Whether SAM would expand the template: it declares the SAM transform, or (as SAM's own translator
 * test inputs do, the harness adding the transform) it has AWS::Serverless::* resources, which only
 * the SAM transform turns into CloudFormation.
 * https://github.com/aws/serverless-application-model/tree/develop/tests/translator/input
 */
export function isSamTemplate(template: Template): boolean {
  if (hasSamTransform(template)) return true;
  const resources = template.Resources;
  if (!isJsonObject(resources)) return false;
  return Object.values(resources).some((r) => isJsonObject(r) && typeof r.Type === 'string' && r.Type.startsWith('AWS::Serverless::'));
}

/** The template-level sections once SAM has run: no SAM transform (others stay) and no Globals. */
export function withoutSamSections(template: Template): Template {
  const { Transform: t, Globals: _globals, ...rest } = template;
  if (!Array.isArray(t)) return rest;
  const others = t.filter((x) => x !== SAM_TRANSFORM);
  return others.length > 0 ? { ...rest, Transform: others } : rest;
}

function isIntrinsic(value: Json | undefined): boolean {
  if (!isJsonObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::') || keys[0] === 'Condition');
}

/**
 * A resource's properties with its Globals entry folded in: the resource's own value wins for
 * primitives, maps are merged key by key, lists are concatenated (globals first).
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html
 */
export function mergeGlobals(globals: JsonObject | undefined, own: JsonObject): JsonObject {
  if (!globals) return own;
  const out: JsonObject = { ...globals };
  for (const [key, value] of Object.entries(own)) out[key] = mergeValue(globals[key], value);
  return out;
}

function mergeValue(global: Json | undefined, own: Json): Json {
  if (global === undefined) return own;
  if (Array.isArray(global) && Array.isArray(own)) return [...global, ...own];
  if (isJsonObject(global) && isJsonObject(own) && !isIntrinsic(global) && !isIntrinsic(own)) return mergeGlobals(global, own);
  return own;
}
