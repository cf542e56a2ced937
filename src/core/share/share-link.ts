import type { Layout } from '../layout/positions';
import { readLayout, readTemplateValue } from '../persist/saved-design';
import { isJsonObject } from '../template/json';
import type { Template } from '../template/types';

/**
 * A design carried whole in a link's fragment. Browsers never send the fragment to a server, so
 * sharing a design uploads it nowhere.
 */
export interface SharedDesign {
  name: string;
  template: Template;
  layout: Layout;
}

export type DecodedShare = { design: SharedDesign } | { error: string };

export const SHARE_LINK_VERSION = 1;
export const SHARE_PARAMETER = 'design';
export const SHARED_DESIGN_NAME = 'Shared design';
/** A real design is a few hundred kilobytes at most; a link that inflates past this is hostile. */
export const MAX_SHARED_DESIGN_BYTES = 5 * 1024 * 1024;

const INCOMPLETE = 'The share link is incomplete or has been changed; ask for the link again.';

/**
 * `design=1.<base64url>`: the design's JSON, deflated in zlib format, whose Adler-32 checksum makes
 * a cut or altered link fail to open instead of opening as a different design.
 */
export async function encodeShareFragment(d: SharedDesign): Promise<string> {
  const json = JSON.stringify({ name: d.name, template: d.template, layout: d.layout });
  const deflated = await new Response(
    new Blob([new TextEncoder().encode(json)]).stream().pipeThrough(new CompressionStream('deflate')),
  ).arrayBuffer();
  return `${SHARE_PARAMETER}=${SHARE_LINK_VERSION}.${toBase64Url(new Uint8Array(deflated))}`;
}

/** The page's address with the fragment; query kept, so a link made on a preview build opens there. */
export function shareUrl(location: { origin: string; pathname: string; search: string }, fragment: string): string {
  return `${location.origin}${location.pathname}${location.search}#${fragment.replace(/^#/, '')}`;
}

/**
 * The design in a location hash (with or without '#'); null when the fragment carries no design,
 * since other fragments are not ours to complain about.
 */
export async function decodeShareFragment(hash: string): Promise<DecodedShare | null> {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(SHARE_PARAMETER);
  if (value === null) return null;

  const dot = value.indexOf('.');
  const version = dot < 0 ? value : value.slice(0, dot);
  if (version !== String(SHARE_LINK_VERSION)) return { error: whyUnknownVersion(version) };

  const deflated = fromBase64Url(value.slice(dot + 1));
  if (deflated === 'not base64url') {
    return { error: 'The share link is damaged: it holds characters a share link never has. Copy the whole link again.' };
  }
  if (deflated === undefined) return { error: INCOMPLETE };

  const inflated = await inflateWithin(deflated, MAX_SHARED_DESIGN_BYTES);
  if (inflated === 'too large') {
    return {
      error: `The share link holds more than ${MAX_SHARED_DESIGN_BYTES / (1024 * 1024)} MB of design, more than any real design; it was not opened.`,
    };
  }
  if (inflated === undefined) return { error: INCOMPLETE };

  let parsed: unknown;
  try {
    parsed = JSON.parse(inflated);
  } catch {
    return { error: 'The share link does not hold a design (its content is not JSON).' };
  }
  return readSharedDesign(parsed);
}

function whyUnknownVersion(version: string): string {
  if (/^\d+$/.test(version) && Number(version) > SHARE_LINK_VERSION) {
    return 'The share link was made by a newer version of EventBridge Designer; reload the page to get the newest version, then open the link again.';
  }
  return 'The share link is damaged: it does not start the way EventBridge Designer links do. Copy the whole link again.';
}

function readSharedDesign(value: unknown): DecodedShare {
  if (!isJsonObject(value)) return { error: 'The share link does not hold a design.' };
  const read = readTemplateValue(value.template);
  if ('whyNot' in read) return { error: `The share link does not hold a design: ${read.whyNot}.` };
  // A link carries no notice: positions that are unusable are simply placed again.
  const { layout } = readLayout(value.layout);
  const name = typeof value.name === 'string' && value.name.trim() !== '' ? value.name : SHARED_DESIGN_NAME;
  return { design: { name, template: read.template, layout } };
}

/**
 * The inflated text, 'too large' as soon as the output passes `limit` bytes (reading stops there,
 * so a small link that inflates to gigabytes cannot hang the page), or undefined when the data is
 * cut, altered or not UTF-8.
 */
async function inflateWithin(deflated: Uint8Array<ArrayBuffer>, limit: number): Promise<string | 'too large' | undefined> {
  const reader = new Blob([deflated]).stream().pipeThrough(new DecompressionStream('deflate')).getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let size = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return 'too large';
      }
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    return undefined;
  }
}

/** Bytes per String.fromCharCode call: passing a whole payload as arguments would overflow the call stack. */
const CHUNK = 0x2000;

/** RFC 4648 §5 base64url without padding, the alphabet that needs no escaping in a URL. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // Reflect.apply takes the typed array as the argument list directly; spreading it goes through
  // its iterator, several times slower.
  for (let i = 0; i < bytes.length; i += CHUNK) binary += Reflect.apply(String.fromCharCode, null, bytes.subarray(i, i + CHUNK)) as string;
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The bytes of a base64url text; 'not base64url' for a character outside the alphabet, undefined
 * for a length no encoding produces (a link cut short).
 */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | 'not base64url' | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return 'not base64url';
  if (text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
