import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seedDesign } from '../ops/seed-design';
import type { Layout } from '../layout/positions';
import type { Template } from '../template/types';
import {
  MAX_SHARED_DESIGN_BYTES,
  decodeShareFragment,
  encodeShareFragment,
  fromBase64Url,
  shareUrl,
  toBase64Url,
  type SharedDesign,
} from './share-link';

const seed: SharedDesign = {
  name: 'Seed article',
  template: seedDesign(),
  layout: { TestLambdaFunction: { x: 740, y: 0 }, InvokeLambdaFunctionEventRule: { x: 370, y: 130.5 } },
};

/** -0 would come back as 0 from JSON, which is the same position but not the same number. */
const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => (n === 0 ? 0 : n));
const layoutArb: fc.Arbitrary<Layout> = fc.dictionary(fc.string(), fc.record({ x: coordinate, y: coordinate }));
/** Any JSON object with an object Resources, passed through JSON once as every template the app holds was. */
const templateArb: fc.Arbitrary<Template> = fc
  .tuple(fc.dictionary(fc.string(), fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue()))
  .map(([rest, resources]) => JSON.parse(JSON.stringify({ ...rest, Resources: resources })) as Template);

/** A fragment carrying any bytes as if deflated by the encoder, for links the encoder would never make. */
async function fragmentOfText(text: string): Promise<string> {
  const deflated = await new Response(
    new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate')),
  ).arrayBuffer();
  return `design=1.${toBase64Url(new Uint8Array(deflated))}`;
}

async function errorOf(hash: string): Promise<string> {
  const result = await decodeShareFragment(hash);
  if (result === null || !('error' in result)) throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  return result.error;
}

const INCOMPLETE = /incomplete or has been changed; ask for the link again/;

describe('encodeShareFragment and decodeShareFragment', () => {
  it('carries the seed design in a design=1.<base64url> fragment', async () => {
    const fragment = await encodeShareFragment(seed);
    expect(fragment).toMatch(/^design=1\.[A-Za-z0-9_-]+$/);
    // Compressed, so a real design stays a link people can paste.
    expect(fragment.length).toBeLessThan(JSON.stringify(seed).length);
    expect(await decodeShareFragment(fragment)).toEqual({ design: seed });
  });

  it('accepts the hash with or without "#", and beside other parameters', async () => {
    const fragment = await encodeShareFragment(seed);
    expect(await decodeShareFragment(`#${fragment}`)).toEqual({ design: seed });
    expect(await decodeShareFragment(`#view=canvas&${fragment}`)).toEqual({ design: seed });
  });

  it('carries only the name, template and layout', async () => {
    const withMore = { ...seed, savedAt: '2024-05-01T10:00:00.000Z' };
    expect(await decodeShareFragment(await encodeShareFragment(withMore))).toEqual({ design: seed });
  });

  it('carries any design back exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string().filter((s) => s.trim() !== ''),
        templateArb,
        layoutArb,
        async (name, template, layout) => {
          const design = { name, template, layout };
          expect(await decodeShareFragment(await encodeShareFragment(design))).toEqual({ design });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('decodeShareFragment: fragments that are not ours', () => {
  it.each([[''], ['#'], ['#section-2'], ['#view=canvas'], ['designer=1.abc']])('returns null for %j', async (hash) => {
    expect(await decodeShareFragment(hash)).toBeNull();
  });
});

describe('decodeShareFragment: links that cannot be opened', () => {
  it('refuses a link cut short, wherever it was cut', async () => {
    const fragment = await encodeShareFragment(seed);
    const payloadStart = 'design=1.'.length;
    const length = fragment.length - payloadStart;
    const cuts = [0, 1, 2, 3, 5, Math.floor(length / 4), Math.floor(length / 2), length - 9, length - 5, length - 2, length - 1];
    for (const cut of cuts) {
      expect(await errorOf(fragment.slice(0, payloadStart + cut)), `cut after ${cut} characters`).toMatch(INCOMPLETE);
    }
  });

  it('refuses a link whose middle has been changed', async () => {
    const fragment = await encodeShareFragment(seed);
    const payloadStart = 'design=1.'.length;
    const length = fragment.length - payloadStart;
    for (const at of [0.2, 0.35, 0.5, 0.65, 0.8].map((f) => payloadStart + Math.floor(length * f))) {
      const swapped = fragment[at] === 'A' ? 'B' : 'A';
      const tampered = fragment.slice(0, at) + swapped + fragment.slice(at + 1);
      expect(await errorOf(tampered), `changed at ${at}`).toMatch(INCOMPLETE);
    }
  });

  it('refuses a link made by a newer version', async () => {
    const payload = (await encodeShareFragment(seed)).slice('design=1.'.length);
    expect(await errorOf(`#design=2.${payload}`)).toMatch(/made by a newer version of EventBridge Designer/);
    expect(await errorOf(`#design=10.${payload}`)).toMatch(/newer version/);
  });

  it('refuses a version it never wrote that is not newer', async () => {
    for (const hash of ['design=0.abc', 'design=v1.abc', 'design=1', 'design=', 'design=.abc']) {
      const error = await errorOf(hash);
      expect(error, hash).not.toMatch(/newer version/);
      expect(error, hash).toMatch(/damaged|incomplete/);
    }
  });

  it('refuses characters outside base64url', async () => {
    const fragment = await encodeShareFragment(seed);
    const at = Math.floor(fragment.length / 2);
    for (const bad of ['$', '=', '/', '+', '%20']) {
      const hash = fragment.slice(0, at) + bad + fragment.slice(at);
      expect(await errorOf(hash), bad).toMatch(/damaged: it holds characters a share link never has/);
    }
  });

  it('refuses quickly a small link that inflates past 5 MB', async () => {
    const bomb = await fragmentOfText(' '.repeat(6 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(20_000);
    const started = performance.now();
    expect(await errorOf(bomb)).toMatch(/more than 5 MB/);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(MAX_SHARED_DESIGN_BYTES).toBe(5 * 1024 * 1024);
  });

  it('stops reading a link that would inflate to 200 MB', async () => {
    // Built from 1 MB blocks so the test itself never holds 200 MB.
    const block = new Uint8Array(1024 * 1024).fill(0x20);
    const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
      start(controller) {
        for (let i = 0; i < 200; i++) controller.enqueue(block);
        controller.close();
      },
    });
    const deflated = await new Response(source.pipeThrough(new CompressionStream('deflate'))).arrayBuffer();
    const started = performance.now();
    expect(await errorOf(`design=1.${toBase64Url(new Uint8Array(deflated))}`)).toMatch(/more than 5 MB/);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('opens a design just under the limit', async () => {
    const name = 'x'.repeat(MAX_SHARED_DESIGN_BYTES - 100);
    const result = await decodeShareFragment(await fragmentOfText(JSON.stringify({ name, template: {}, layout: {} })));
    expect(result).toEqual({ design: { name, template: {}, layout: {} } });
  });

  it('refuses content that is not UTF-8 text', async () => {
    const deflated = await new Response(
      new Blob([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])]).stream().pipeThrough(new CompressionStream('deflate')),
    ).arrayBuffer();
    expect(await errorOf(`design=1.${toBase64Url(new Uint8Array(deflated))}`)).toMatch(INCOMPLETE);
  });

  it('refuses content that is not JSON', async () => {
    expect(await errorOf(await fragmentOfText('name: not json'))).toMatch(/does not hold a design \(its content is not JSON\)/);
  });

  it.each([
    ['a list', [1, 2], /does not hold a design\.$/],
    ['no template', { name: 'A', layout: {} }, /it holds no template/],
    ['a template that is text', { name: 'A', template: 'Resources: {}', layout: {} }, /it holds no template/],
    ['Resources that are a list', { name: 'A', template: { Resources: [] }, layout: {} }, /Resources section is not an object/],
  ])('refuses JSON with %s', async (_what, content, message) => {
    expect(await errorOf(await fragmentOfText(JSON.stringify(content)))).toMatch(message);
  });
});

describe('decodeShareFragment: recovering what it can', () => {
  it('drops unusable positions and names an unnamed design', async () => {
    const content = { template: { Resources: {} }, layout: { A: { x: 1, y: 2 }, B: { x: 'left', y: 0 }, C: null, D: { x: null, y: 0 } } };
    // JSON.stringify cannot write Infinity; 1e999 is how a hostile link would carry it.
    const text = JSON.stringify(content).replace('"D":{"x":null', '"D":{"x":1e999');
    expect(text).toContain('1e999');
    expect(await decodeShareFragment(await fragmentOfText(text))).toEqual({
      design: { name: 'Shared design', template: { Resources: {} }, layout: { A: { x: 1, y: 2 } } },
    });
  });

  it('treats a missing or non-map layout as no positions yet', async () => {
    for (const layout of [undefined, [1, 2], 'left']) {
      const result = await decodeShareFragment(await fragmentOfText(JSON.stringify({ name: 'A', template: {}, layout })));
      expect(result).toEqual({ design: { name: 'A', template: {}, layout: {} } });
    }
  });
});

describe('shareUrl', () => {
  const location = { origin: 'https://example.github.io', pathname: '/eventbridge-designer/', search: '?preview=1' };

  it('is the page address with the fragment, query kept', () => {
    expect(shareUrl(location, 'design=1.abc')).toBe('https://example.github.io/eventbridge-designer/?preview=1#design=1.abc');
  });

  it('does not double a leading "#"', () => {
    expect(shareUrl({ ...location, search: '' }, '#design=1.abc')).toBe('https://example.github.io/eventbridge-designer/#design=1.abc');
  });

  it('makes a link that decodes back to the design', async () => {
    const url = new URL(shareUrl(location, await encodeShareFragment(seed)));
    expect(await decodeShareFragment(url.hash)).toEqual({ design: seed });
  });
});

describe('toBase64Url and fromBase64Url', () => {
  it('agree with Node’s base64url for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it('handle payloads far larger than one call’s argument limit', () => {
    const bytes = new Uint8Array(3 * 1024 * 1024).map((_, i) => (i * 31) & 0xff);
    const text = toBase64Url(bytes);
    expect(text === Buffer.from(bytes).toString('base64url')).toBe(true);
    const back = fromBase64Url(text);
    // Buffer.equals: a deep toEqual over millions of elements takes seconds.
    expect(back instanceof Uint8Array && Buffer.from(back).equals(bytes)).toBe(true);
  });

  it('tell a foreign character from a length no encoder produces', () => {
    expect(fromBase64Url('ab+c')).toBe('not base64url');
    expect(fromBase64Url('abc=')).toBe('not base64url');
    expect(fromBase64Url('abcde')).toBeUndefined();
    expect(fromBase64Url('')).toEqual(new Uint8Array());
  });
});
