import { describe, expect, it } from 'vitest';
import { DESIGN_KEY_PREFIX, INDEX_KEY, STORAGE_OFF, openDesignLibrary, type StorageLike } from './design-library';
import type { SavedDesign } from '../core/persist/saved-design';
import { seedDesign } from '../core/ops/seed-design';
import { emptyTemplate } from '../core/ops/empty-template';

/** An in-memory localStorage; `quota` makes writes past that many characters fail as browsers do. */
function memoryStorage(quota = Infinity): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem(k, v) {
      const used = [...data].reduce((n, [key, value]) => n + (key === k ? 0 : key.length + value.length), 0);
      if (used + k.length + v.length > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}

const design = (name: string): SavedDesign => ({ name, template: seedDesign(), layout: { Rule: { x: 1, y: 2 } }, savedAt: '' });

let tick = 0;
const clock = () => new Date(Date.UTC(2026, 11, 1, 12, 0, tick++));

describe('design library', () => {
  it('keeps several named designs across page loads, newest first, and remembers the open one', () => {
    const storage = memoryStorage();
    const first = openDesignLibrary(storage, clock);
    first.save('a', design('orders'));
    first.save('b', design('billing'));
    first.setCurrent('b');

    const later = openDesignLibrary(storage, clock);
    expect(later.list().map((d) => d.name)).toEqual(['billing', 'orders']);
    expect(later.currentId()).toBe('b');
    const loaded = later.load('a');
    expect('design' in loaded && loaded.design).toMatchObject({ name: 'orders', layout: { Rule: { x: 1, y: 2 } } });
    expect('design' in loaded && loaded.design.template).toEqual(seedDesign());
  });

  it('rebuilds a damaged index from the designs themselves', () => {
    const storage = memoryStorage();
    const library = openDesignLibrary(storage, clock);
    library.save('a', design('orders'));
    storage.setItem(INDEX_KEY, '{"version":1,"designs":[{"id":');
    const reopened = openDesignLibrary(storage, clock);
    expect(reopened.list().map((d) => d.name)).toEqual(['orders']);
  });

  it('lists a damaged design with the reason, keeps its text and still opens the others', () => {
    const storage = memoryStorage();
    const library = openDesignLibrary(storage, clock);
    library.save('good', design('orders'));
    storage.setItem(`${DESIGN_KEY_PREFIX}bad`, '{"format":"eventbridge-designer/design","version":1,"template":');

    const reopened = openDesignLibrary(storage, clock);
    const bad = reopened.list().find((d) => d.id === 'bad');
    expect(bad?.damaged).toMatch(/damaged \(not valid JSON\)/);
    expect('error' in reopened.load('bad')).toBe(true);
    expect(storage.getItem(`${DESIGN_KEY_PREFIX}bad`)).toContain('"template":');
    expect('design' in reopened.load('good')).toBe(true);
  });

  it('reports a full storage and leaves the saved designs as they were', () => {
    const storage = memoryStorage(6000);
    const library = openDesignLibrary(storage, clock);
    expect(library.save('a', design('orders')).ok).toBe(true);
    const before = storage.getItem(`${DESIGN_KEY_PREFIX}a`);

    const huge: SavedDesign = { ...design('huge'), template: { ...emptyTemplate(), Description: 'x'.repeat(10_000) } };
    const result = library.save('b', huge);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/storage for the page is full/) });
    expect(storage.getItem(`${DESIGN_KEY_PREFIX}a`)).toBe(before);
    expect(library.list().map((d) => d.id)).toEqual(['a']);
  });

  it('says designs are not kept when the browser disables storage', () => {
    const library = openDesignLibrary(null, clock);
    expect(library.available).toBe(false);
    expect(library.save('a', design('orders'))).toEqual({ ok: false, reason: STORAGE_OFF });
    expect(library.list()).toEqual([]);
  });

  it('removes one design and nothing else', () => {
    const storage = memoryStorage();
    const library = openDesignLibrary(storage, clock);
    library.save('a', design('orders'));
    library.save('b', design('billing'));
    library.setCurrent('a');
    library.remove('a');
    expect(library.list().map((d) => d.id)).toEqual(['b']);
    expect(library.currentId()).toBeNull();
    expect(
      openDesignLibrary(storage, clock)
        .list()
        .map((d) => d.id),
    ).toEqual(['b']);
  });

  it('gives new ids that no design has', () => {
    const library = openDesignLibrary(memoryStorage(), () => new Date(0));
    const ids = new Set(
      Array.from({ length: 50 }, () => {
        const id = library.newId();
        library.save(id, design(id));
        return id;
      }),
    );
    expect(ids.size).toBe(50);
  });
});
