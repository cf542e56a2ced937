import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seedDesign } from '../ops/seed-design';
import type { Layout } from '../layout/positions';
import type { Template } from '../template/types';
import {
  RECOVERED_DESIGN_NAME,
  SAVED_DESIGN_FORMAT,
  SAVED_DESIGN_VERSION,
  readLayout,
  readSavedDesign,
  serializeDesign,
  type SavedDesign,
} from './saved-design';

/** -0 would come back as 0 from JSON, which is the same position but not the same number. */
const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => (n === 0 ? 0 : n));
const layoutArb: fc.Arbitrary<Layout> = fc.dictionary(fc.string(), fc.record({ x: coordinate, y: coordinate }));
/**
 * Any JSON object whose Resources, when present, is an object: what a template may be. Passed
 * through JSON once, as every template the app holds was, so -0 has already become 0.
 */
const templateArb: fc.Arbitrary<Template> = fc
  .tuple(fc.dictionary(fc.string(), fc.jsonValue()), fc.option(fc.dictionary(fc.string(), fc.jsonValue()), { nil: undefined }))
  .map(([rest, resources]) => {
    const t: Record<string, unknown> = { ...rest };
    delete t.Resources;
    if (resources !== undefined) t.Resources = resources;
    return JSON.parse(JSON.stringify(t)) as Template;
  });

const seedLayout: Layout = {
  TestLambdaFunction: { x: 740, y: 0 },
  InvokeLambdaFunctionEventRule: { x: 370, y: 130.5 },
};

function designOf(result: ReturnType<typeof readSavedDesign>): { design: SavedDesign; notice?: string } {
  if ('error' in result) throw new Error(`expected a design, got: ${result.error}`);
  return result;
}
function errorOf(result: ReturnType<typeof readSavedDesign>): string {
  if (!('error' in result)) throw new Error('expected an error, got a design');
  return result.error;
}

describe('serializeDesign', () => {
  it('writes the format and version first, then the design', () => {
    const text = serializeDesign({ name: 'Orders', template: { Resources: {} }, layout: {}, savedAt: '2024-05-01T10:00:00.000Z' });
    expect(text).toBe(
      '{"format":"eventbridge-designer/design","version":1,"name":"Orders","template":{"Resources":{}},"layout":{},"savedAt":"2024-05-01T10:00:00.000Z"}',
    );
    expect(SAVED_DESIGN_FORMAT).toBe('eventbridge-designer/design');
    expect(SAVED_DESIGN_VERSION).toBe(1);
  });
});

describe('readSavedDesign: the current format', () => {
  it('reads back the seed design exactly, with no notice', () => {
    const saved: SavedDesign = { name: 'Seed', template: seedDesign(), layout: seedLayout, savedAt: '2024-05-01T10:00:00.000Z' };
    expect(readSavedDesign(serializeDesign(saved))).toEqual({ design: saved });
  });

  it('reads back any design it wrote', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => s.trim() !== ''),
        templateArb,
        layoutArb,
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (name, template, layout, date) => {
          const saved: SavedDesign = { name, template, layout, savedAt: date.toISOString() };
          expect(readSavedDesign(serializeDesign(saved))).toEqual({ design: saved });
        },
      ),
    );
  });

  it('names a design without a usable name "Recovered design" and forgets an unreadable savedAt', () => {
    const raw = JSON.stringify({ format: SAVED_DESIGN_FORMAT, version: 1, name: '  ', template: {}, layout: {}, savedAt: 'yesterday' });
    const { design, notice } = designOf(readSavedDesign(raw));
    expect(design.name).toBe(RECOVERED_DESIGN_NAME);
    expect(design.savedAt).toBe('');
    expect(notice).toBeUndefined();
  });

  it('treats a missing layout as no positions yet, without a notice', () => {
    const raw = JSON.stringify({
      format: SAVED_DESIGN_FORMAT,
      version: 1,
      name: 'A',
      template: { Resources: {} },
      savedAt: '2024-05-01T10:00:00.000Z',
    });
    expect(readSavedDesign(raw)).toEqual({
      design: { name: 'A', template: { Resources: {} }, layout: {}, savedAt: '2024-05-01T10:00:00.000Z' },
    });
  });
});

describe('readSavedDesign: what cannot be opened', () => {
  it('says nothing is saved when storage holds nothing', () => {
    expect(errorOf(readSavedDesign(null))).toMatch(/no design is saved/i);
  });

  it('refuses text that is not JSON, saying the text is kept', () => {
    const error = errorOf(readSavedDesign('{"format":"eventbridge-designer/design","version":1,"templ'));
    expect(error).toMatch(/^The saved design is damaged \(not valid JSON\)/);
    expect(error).toMatch(/kept/);
  });

  it.each([['[]'], ['42'], ['"text"'], ['null'], ['{}'], ['{"name":"no template here"}']])('refuses %s, which is not a design', (raw) => {
    expect(errorOf(readSavedDesign(raw))).toMatch(/damaged \(not a design\)/);
  });

  it('refuses a design saved by a newer version, with or without the format', () => {
    const newer = { format: SAVED_DESIGN_FORMAT, version: 2, name: 'A', template: {}, layout: {}, savedAt: '' };
    expect(errorOf(readSavedDesign(JSON.stringify(newer)))).toMatch(/saved by a newer version of EventBridge Designer/);
    expect(errorOf(readSavedDesign(JSON.stringify({ version: 7, template: {} })))).toMatch(/newer version/);
  });

  it('refuses another application’s format and an unreadable version', () => {
    expect(errorOf(readSavedDesign(JSON.stringify({ format: 'someone-else/diagram', version: 1, template: {} })))).toMatch(
      /not an EventBridge Designer design/,
    );
    expect(errorOf(readSavedDesign(JSON.stringify({ format: SAVED_DESIGN_FORMAT, template: {} })))).toMatch(/version is unreadable/);
    expect(errorOf(readSavedDesign(JSON.stringify({ format: SAVED_DESIGN_FORMAT, version: '1', template: {} })))).toMatch(
      /version is unreadable/,
    );
  });

  it.each([
    ['a string', 'Resources: {}'],
    ['an array', [{ Resources: {} }]],
    ['null', null],
    ['missing', undefined],
  ])('refuses a template that is %s', (_what, template) => {
    const raw = JSON.stringify({ format: SAVED_DESIGN_FORMAT, version: 1, name: 'A', template, layout: {}, savedAt: '' });
    expect(errorOf(readSavedDesign(raw))).toMatch(/damaged \(it holds no template\)/);
    expect(errorOf(readSavedDesign(JSON.stringify({ name: 'A', template: template ?? null })))).toMatch(/no template/);
  });

  it('refuses Resources that are not an object, in every form', () => {
    const current = { format: SAVED_DESIGN_FORMAT, version: 1, name: 'A', template: { Resources: [] }, layout: {}, savedAt: '' };
    expect(errorOf(readSavedDesign(JSON.stringify(current)))).toMatch(/Resources section is not an object/);
    expect(errorOf(readSavedDesign(JSON.stringify({ template: { Resources: 'none' } })))).toMatch(/Resources section is not an object/);
    expect(errorOf(readSavedDesign(JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: null })))).toMatch(
      /Resources section is not an object/,
    );
  });
});

describe('readSavedDesign: designs saved by an earlier version', () => {
  const earlier = /^Recovered a design saved by an earlier version of EventBridge Designer\./;

  it('recovers a bare CloudFormation template', () => {
    const template = seedDesign();
    const { design, notice } = designOf(readSavedDesign(JSON.stringify(template)));
    expect(design).toEqual({ name: RECOVERED_DESIGN_NAME, template, layout: {}, savedAt: '' });
    expect(notice).toMatch(earlier);
  });

  it('recovers a bare template that has only AWSTemplateFormatVersion so far', () => {
    const { design, notice } = designOf(readSavedDesign('{"AWSTemplateFormatVersion":"2010-09-09"}'));
    expect(design.template).toEqual({ AWSTemplateFormatVersion: '2010-09-09' });
    expect(notice).toMatch(earlier);
  });

  it('recovers the wrapper without format, keeping its name and layout', () => {
    const raw = JSON.stringify({ name: 'Orders', template: seedDesign(), layout: seedLayout });
    const { design, notice } = designOf(readSavedDesign(raw));
    expect(design).toEqual({ name: 'Orders', template: seedDesign(), layout: seedLayout, savedAt: '' });
    expect(notice).toMatch(earlier);
  });

  it('names the wrapper "Recovered design" when it has no name', () => {
    const { design } = designOf(readSavedDesign(JSON.stringify({ template: { Resources: {} } })));
    expect(design.name).toBe('Recovered design');
    expect(design.layout).toEqual({});
  });
});

describe('readSavedDesign: positions', () => {
  const save = (layout: unknown): string =>
    JSON.stringify({ format: SAVED_DESIGN_FORMAT, version: 1, name: 'A', template: {}, layout, savedAt: '2024-05-01T10:00:00.000Z' });

  it('drops each unusable position, keeps the rest and says how many were dropped', () => {
    const raw = save({
      Good: { x: 1, y: 2 },
      TextX: { x: '1', y: 2 },
      NoY: { x: 1 },
      Null: null,
      Pair: [1, 2],
      Number: 3,
    });
    const { design, notice } = designOf(readSavedDesign(raw));
    expect(design.layout).toEqual({ Good: { x: 1, y: 2 } });
    expect(notice).toMatch(/^5 node positions were unreadable; those nodes are placed again\.$/);
  });

  it('drops a position that is not finite (1e999 parses as Infinity)', () => {
    const raw = save({}).replace('"layout":{}', '"layout":{"Far":{"x":1e999,"y":0},"Near":{"x":0,"y":-1e-3}}');
    const { design, notice } = designOf(readSavedDesign(raw));
    expect(design.layout).toEqual({ Near: { x: 0, y: -0.001 } });
    expect(notice).toBe('One node position was unreadable; that node is placed again.');
  });

  it('drops a layout that is not a map, keeping the design', () => {
    const { design, notice } = designOf(readSavedDesign(save([{ x: 1, y: 2 }])));
    expect(design.layout).toEqual({});
    expect(notice).toMatch(/node positions were unreadable/);
  });

  it('joins the notices of an earlier version with the dropped positions', () => {
    const raw = JSON.stringify({ template: {}, layout: { A: { x: 'left', y: 0 }, B: { x: 3, y: 4 } } });
    const { design, notice } = designOf(readSavedDesign(raw));
    expect(design.layout).toEqual({ B: { x: 3, y: 4 } });
    expect(notice).toMatch(/earlier version.*One node position was unreadable/);
  });
});

describe('readLayout', () => {
  it('keeps only x and y of a position', () => {
    expect(readLayout({ A: { x: 1, y: 2, width: 250 } })).toEqual({ layout: { A: { x: 1, y: 2 } }, dropped: 0 });
  });

  it('keeps an id such as "__proto__" as an ordinary key', () => {
    const { layout } = readLayout(JSON.parse('{"__proto__":{"x":1,"y":2}}'));
    expect(Object.getPrototypeOf(layout)).toBe(Object.prototype);
    expect(Object.keys(layout)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(layout, '__proto__')?.value).toEqual({ x: 1, y: 2 });
  });
});
