import { isJsonObject, type JsonObject } from '../template/json';
import type { Template } from '../template/types';
import type { Layout, Position } from '../layout/positions';

/** A design as the browser keeps it between visits. */
export interface SavedDesign {
  name: string;
  template: Template;
  layout: Layout;
  /** ISO 8601; '' when not known (a design saved by an earlier version did not record it). */
  savedAt: string;
}

export const SAVED_DESIGN_FORMAT = 'eventbridge-designer/design';
export const SAVED_DESIGN_VERSION = 1;
export const RECOVERED_DESIGN_NAME = 'Recovered design';

export type ReadSavedDesign = { design: SavedDesign; notice?: string } | { error: string };

/** The text to store. `format` and `version` come first so a reader knows what it holds before the rest. */
export function serializeDesign(d: SavedDesign): string {
  return JSON.stringify({
    format: SAVED_DESIGN_FORMAT,
    version: SAVED_DESIGN_VERSION,
    name: d.name,
    template: d.template,
    layout: d.layout,
    savedAt: d.savedAt,
  });
}

/** The value as a template, or why it cannot be opened as one. */
export function readTemplateValue(value: unknown): { template: Template } | { whyNot: string } {
  if (!isJsonObject(value)) return { whyNot: 'it holds no template' };
  if ('Resources' in value && !isJsonObject(value.Resources)) return { whyNot: 'its Resources section is not an object' };
  return { template: value };
}

/**
 * The positions that are usable and how many were not ('all' when the layout is not a map at all).
 * An unusable entry is dropped rather than failing the whole design: the canvas places a node
 * without a position by itself.
 */
export function readLayout(value: unknown): { layout: Layout; dropped: number | 'all' } {
  if (value === undefined) return { layout: {}, dropped: 0 };
  if (!isJsonObject(value)) return { layout: {}, dropped: 'all' };
  const kept: [string, Position][] = [];
  let dropped = 0;
  for (const [id, p] of Object.entries(value)) {
    if (isJsonObject(p) && isFiniteNumber(p.x) && isFiniteNumber(p.y)) kept.push([id, { x: p.x, y: p.y }]);
    else dropped++;
  }
  // fromEntries defines own properties, so an id such as "__proto__" stays an ordinary key.
  return { layout: Object.fromEntries(kept), dropped };
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * The design in a stored text, recovered as far as it safely can be. Errors never lose anything:
 * the caller keeps the raw text where it was, so a later version (or a person) can still read it.
 */
export function readSavedDesign(raw: string | null): ReadSavedDesign {
  if (raw === null) return { error: 'No design is saved in this browser.' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { error: damaged('not valid JSON') };
  }
  if (!isJsonObject(value)) return { error: damaged('not a design') };

  const version = value.version;
  if (typeof version === 'number' && version > SAVED_DESIGN_VERSION) {
    return {
      error:
        `The saved design was saved by a newer version of EventBridge Designer (format version ${version}); ` +
        'reload the page to get the newest version. The saved text is kept.',
    };
  }
  if ('format' in value) {
    if (value.format !== SAVED_DESIGN_FORMAT) return { error: damaged('not an EventBridge Designer design') };
    if (version !== SAVED_DESIGN_VERSION) return { error: damaged('its format version is unreadable') };
    return readParts(value, []);
  }

  // Earlier versions stored either the wrapper without `format` or the bare template.
  const earlier = 'Recovered a design saved by an earlier version of EventBridge Designer.';
  if ('template' in value) return readParts(value, [earlier]);
  if ('Resources' in value || 'AWSTemplateFormatVersion' in value) return readParts({ template: value }, [earlier]);
  return { error: damaged('not a design') };
}

/** The fields of a stored wrapper, each checked; `notices` says what was recovered on the way. */
function readParts(stored: JsonObject, notices: string[]): ReadSavedDesign {
  const { name, savedAt } = stored;
  const read = readTemplateValue(stored.template);
  if ('whyNot' in read) return { error: damaged(read.whyNot) };
  const positions = readLayout(stored.layout);
  if (positions.dropped !== 0) notices.push(droppedNotice(positions.dropped));
  const design: SavedDesign = {
    name: typeof name === 'string' && name.trim() !== '' ? name : RECOVERED_DESIGN_NAME,
    template: read.template,
    layout: positions.layout,
    savedAt: typeof savedAt === 'string' && !Number.isNaN(Date.parse(savedAt)) ? savedAt : '',
  };
  return notices.length > 0 ? { design, notice: notices.join(' ') } : { design };
}

function droppedNotice(dropped: number | 'all'): string {
  if (dropped === 'all') return 'The node positions were unreadable; the nodes are placed again.';
  if (dropped === 1) return 'One node position was unreadable; that node is placed again.';
  return `${dropped} node positions were unreadable; those nodes are placed again.`;
}

function damaged(why: string): string {
  return `The saved design is damaged (${why}) and cannot be opened. Its text is kept in this browser, so nothing is lost.`;
}
