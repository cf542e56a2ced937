import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDesignerStore } from './designer-store';
import { DESIGN_KEY_PREFIX, openDesignLibrary, type StorageLike } from './design-library';
import { startDesignSession } from './design-session';
import { seedDesign } from '../core/ops/seed-design';
import { decodeShareFragment } from '../core/share/share-link';

function memoryStorage(quota = Infinity): StorageLike {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem(k, v) {
      const used = [...data].reduce((n, [key, value]) => n + (key === k ? 0 : key.length + value.length), 0);
      if (used + k.length + v.length > quota) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}

/** A page load: a new store and session over the browser's storage. */
function loadPage(storage: StorageLike | null) {
  const store = createDesignerStore();
  const session = startDesignSession(store, openDesignLibrary(storage), { debounceMs: 100 });
  return { store, session, actions: store.getState().actions };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('design session', () => {
  it('saves a change shortly after it is made, and the next page load opens it', () => {
    const storage = memoryStorage();
    const page = loadPage(storage);
    page.actions.addResource('rule');
    page.actions.setDesignName('orders');
    expect(page.store.getState().library.status.kind).toBe('pending');
    vi.advanceTimersByTime(150);
    expect(page.store.getState().library.status.kind).toBe('saved');

    const next = loadPage(storage);
    expect(next.store.getState().designName).toBe('orders');
    expect(next.store.getState().template).toEqual(page.store.getState().template);
    expect(next.store.getState().layout).toEqual(page.store.getState().layout);
  });

  it('keeps an untouched first design out of the list', () => {
    const storage = memoryStorage();
    const page = loadPage(storage);
    vi.advanceTimersByTime(500);
    expect(page.store.getState().library.designs).toEqual([]);
    expect(storage.length).toBe(0);
  });

  it('switches between named designs without losing either, and undo stays within a design', () => {
    const storage = memoryStorage();
    const page = loadPage(storage);
    page.actions.addResource('bus');
    page.session.flush();
    const first = page.store.getState().library.currentId!;

    page.session.create({ name: 'second', template: seedDesign(), layout: { Rule: { x: 0, y: 0 } } });
    expect(page.store.temporal.getState().pastStates).toHaveLength(0);
    expect(
      page.store
        .getState()
        .library.designs.map((d) => d.name)
        .sort(),
    ).toEqual(['eventbridge-design', 'second']);

    page.session.open(first);
    expect(Object.values(page.store.getState().template.Resources as object)).toHaveLength(1);
    page.store.temporal.getState().undo();
    expect(Object.keys(page.store.getState().template.Resources as object)).toHaveLength(1);
  });

  it('opens a shared design as a new design and leaves the saved ones as they were', () => {
    const storage = memoryStorage();
    const page = loadPage(storage);
    page.actions.addResource('bus');
    page.session.flush();
    const before = [...Array(storage.length).keys()].map((i) => storage.getItem(storage.key(i)!));

    page.session.openShared({ name: 'orders', template: seedDesign(), layout: {} });
    const state = page.store.getState();
    expect(state.designName).toBe('orders (shared)');
    expect(state.notice).toMatch(/as a new design/);
    expect(state.library.designs).toHaveLength(2);
    for (const text of before.filter((t) => t?.includes('"template"'))) {
      const stillThere = [...Array(storage.length).keys()].some((i) => storage.getItem(storage.key(i)!) === text);
      expect(stillThere).toBe(true);
    }
  });

  it('opens a new design with a message when the last one is damaged, keeping the damaged text', () => {
    const storage = memoryStorage();
    const page = loadPage(storage);
    page.actions.addResource('bus');
    page.session.flush();
    const id = page.store.getState().library.currentId!;
    storage.setItem(DESIGN_KEY_PREFIX + id, '{"format":"eventbridge-designer/design","version":1,"templ');

    const next = loadPage(storage);
    expect(next.store.getState().notice).toMatch(/damaged .* listed under Designs/);
    expect(next.store.getState().library.designs.find((d) => d.id === id)?.damaged).toBeTruthy();
    expect(storage.getItem(DESIGN_KEY_PREFIX + id)).toContain('"templ');
  });

  it('says why a change was not saved when storage is full, and keeps the change on the page', () => {
    const page = loadPage(memoryStorage(300));
    page.actions.addResource('rule');
    vi.advanceTimersByTime(150);
    const { status } = page.store.getState().library;
    expect(status).toEqual({ kind: 'failed', reason: expect.stringMatching(/full/) });
    expect(page.store.getState().notice).toMatch(/full/);
    expect(Object.keys(page.store.getState().template.Resources as object)).toHaveLength(1);
  });

  it('works without storage and says designs are not kept', () => {
    const page = loadPage(null);
    page.actions.addResource('rule');
    vi.advanceTimersByTime(150);
    expect(page.store.getState().library.status).toEqual({ kind: 'off', reason: expect.stringMatching(/not saved between visits/) });
  });

  it('makes a share link that carries the open design', async () => {
    vi.useRealTimers();
    const page = loadPage(memoryStorage());
    page.actions.openDesign({ name: 'orders', template: seedDesign(), layout: {} });
    const decoded = await decodeShareFragment(await page.session.shareFragment());
    expect(decoded && 'design' in decoded && decoded.design).toMatchObject({ name: 'orders', template: seedDesign() });
  });
});
