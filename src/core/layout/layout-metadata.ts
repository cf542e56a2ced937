import { isJsonObject, type JsonObject } from '../template/json';
import type { Template } from '../template/types';
import type { Layout } from './positions';

/** Template-level Metadata key under which the designer may keep node positions. CloudFormation
 * ignores Metadata it does not know. https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/metadata-section-structure.html */
export const METADATA_KEY = 'EventBridgeDesigner';

/** Positions kept in a template's Metadata, if any. */
export function layoutFromMetadata(template: Template): Layout | undefined {
  const metadata = template.Metadata;
  const ours = isJsonObject(metadata) ? metadata[METADATA_KEY] : undefined;
  const layout = isJsonObject(ours) ? ours.Layout : undefined;
  if (!isJsonObject(layout)) return undefined;
  const out: Layout = {};
  for (const [id, p] of Object.entries(layout)) {
    if (isJsonObject(p) && typeof p.x === 'number' && typeof p.y === 'number') out[id] = { x: p.x, y: p.y };
  }
  return out;
}

/** The template with the layout written into its Metadata (other Metadata kept, key order kept). */
export function withLayoutMetadata(template: Template, layout: Layout): Template {
  const metadata = isJsonObject(template.Metadata) ? template.Metadata : {};
  const positions: JsonObject = {};
  for (const id of Object.keys(layout).sort()) positions[id] = { x: Math.round(layout[id]!.x), y: Math.round(layout[id]!.y) };
  const nextMetadata: JsonObject = { ...metadata, [METADATA_KEY]: { Layout: positions } };
  if ('Metadata' in template) return { ...template, Metadata: nextMetadata };
  // A new Metadata section goes after Description, where people expect it.
  const out: Template = {};
  let placed = false;
  for (const [k, v] of Object.entries(template)) {
    if (!placed && k !== 'AWSTemplateFormatVersion' && k !== 'Description' && k !== 'Transform') {
      out.Metadata = nextMetadata;
      placed = true;
    }
    out[k] = v;
  }
  if (!placed) out.Metadata = nextMetadata;
  return out;
}
