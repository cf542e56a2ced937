import { readSavedDesign, serializeDesign, type SavedDesign } from '../core/persist/saved-design';

/** What the library needs of `window.localStorage`; a fake in tests. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** A design the browser keeps, as the list shows it. `damaged` says why it cannot be opened. */
export interface DesignEntry {
  id: string;
  name: string;
  savedAt: string;
  damaged?: string;
}

export type SaveResult = { ok: true; savedAt: string } | { ok: false; reason: string };

export const INDEX_KEY = 'eventbridge-designer/designs';
export const DESIGN_KEY_PREFIX = 'eventbridge-designer/design/';
const INDEX_VERSION = 1;

export const STORAGE_OFF =
  'This browser does not let the page keep data (storage is disabled or blocked), so designs are not saved between visits. ' +
  'Download the template to keep your work.';

/**
 * Designs kept in the browser: one key per design, so a damaged or oversized design never takes
 * the others with it, and an index of names and the design last open. The index is only a cache of
 * what the design keys hold: when it is missing or damaged it is rebuilt from them.
 */
export interface DesignLibrary {
  /** False when the browser keeps nothing (storage disabled): every save fails with STORAGE_OFF. */
  readonly available: boolean;
  list(): DesignEntry[];
  /** The design open last time, if it still exists. */
  currentId(): string | null;
  setCurrent(id: string): void;
  load(id: string): ReturnType<typeof readSavedDesign>;
  save(id: string, design: SavedDesign): SaveResult;
  remove(id: string): void;
  /** An id no stored design has. */
  newId(): string;
}

interface StoredIndex {
  version: number;
  current: string | null;
  designs: DesignEntry[];
}

export function openDesignLibrary(storage: StorageLike | null, now: () => Date = () => new Date()): DesignLibrary {
  let index: StoredIndex = storage ? readIndex(storage) : { version: INDEX_VERSION, current: null, designs: [] };

  const writeIndex = () => {
    if (!storage) return;
    try {
      storage.setItem(INDEX_KEY, JSON.stringify(index));
    } catch {
      // The index is rebuilt from the design keys when it is stale or missing: nothing is lost.
    }
  };
  const upsert = (entry: DesignEntry) => {
    const others = index.designs.filter((d) => d.id !== entry.id);
    index = { ...index, designs: [entry, ...others] };
  };

  return {
    available: storage !== null,
    list: () => [...index.designs].sort((a, b) => b.savedAt.localeCompare(a.savedAt)),
    currentId: () => (index.current !== null && index.designs.some((d) => d.id === index.current) ? index.current : null),
    setCurrent(id) {
      index = { ...index, current: id };
      writeIndex();
    },
    load(id) {
      const result = readSavedDesign(storage ? storage.getItem(DESIGN_KEY_PREFIX + id) : null);
      const entry = index.designs.find((d) => d.id === id);
      if ('error' in result && entry && entry.damaged !== result.error) {
        upsert({ ...entry, damaged: result.error });
        writeIndex();
      }
      return result;
    },
    save(id, design) {
      if (!storage) return { ok: false, reason: STORAGE_OFF };
      const savedAt = now().toISOString();
      try {
        storage.setItem(DESIGN_KEY_PREFIX + id, serializeDesign({ ...design, savedAt }));
      } catch (error) {
        return { ok: false, reason: whySaveFailed(error) };
      }
      upsert({ id, name: design.name, savedAt });
      index = { ...index, current: index.current ?? id };
      writeIndex();
      return { ok: true, savedAt };
    },
    remove(id) {
      storage?.removeItem(DESIGN_KEY_PREFIX + id);
      index = { ...index, designs: index.designs.filter((d) => d.id !== id), current: index.current === id ? null : index.current };
      writeIndex();
    },
    newId() {
      const taken = new Set(index.designs.map((d) => d.id));
      for (;;) {
        const id = `d${now().getTime().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
        if (!taken.has(id) && storage?.getItem(DESIGN_KEY_PREFIX + id) == null) return id;
      }
    },
  };
}

/** The stored index, or one rebuilt from the design keys when it is missing, damaged or disagrees with them. */
function readIndex(storage: StorageLike): StoredIndex {
  const ids = designIds(storage);
  let stored: StoredIndex | undefined;
  try {
    const value: unknown = JSON.parse(storage.getItem(INDEX_KEY) ?? 'null');
    if (isStoredIndex(value)) stored = value;
  } catch {
    stored = undefined;
  }
  const known = new Map((stored?.designs ?? []).map((d) => [d.id, d]));
  const designs = ids.map((id) => known.get(id) ?? entryFromDesign(storage, id));
  return { version: INDEX_VERSION, current: stored?.current ?? null, designs };
}

function designIds(storage: StorageLike): string[] {
  const ids: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(DESIGN_KEY_PREFIX)) ids.push(key.slice(DESIGN_KEY_PREFIX.length));
  }
  return ids;
}

/** An index entry read from the design itself (the index lost it). */
function entryFromDesign(storage: StorageLike, id: string): DesignEntry {
  const result = readSavedDesign(storage.getItem(DESIGN_KEY_PREFIX + id));
  if ('error' in result) return { id, name: `Damaged design ${id}`, savedAt: '', damaged: result.error };
  return { id, name: result.design.name, savedAt: result.design.savedAt };
}

function isStoredIndex(value: unknown): value is StoredIndex {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<StoredIndex>;
  return (
    v.version === INDEX_VERSION &&
    (v.current === null || typeof v.current === 'string') &&
    Array.isArray(v.designs) &&
    v.designs.every(
      (d: unknown) =>
        typeof d === 'object' &&
        d !== null &&
        typeof (d as DesignEntry).id === 'string' &&
        typeof (d as DesignEntry).name === 'string' &&
        typeof (d as DesignEntry).savedAt === 'string',
    )
  );
}

function whySaveFailed(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return 'Not saved: this browser\u2019s storage for the page is full. Delete designs you no longer need (Designs), or download the template.';
  }
  return `Not saved: the browser refused to store the design (${error instanceof Error ? error.message : String(error)}). Download the template to keep your work.`;
}

/**
 * `window.localStorage` if the page may use it; null when it is disabled or blocked (merely reading
 * the property throws in some browsers). A full storage is still returned: it can be read.
 */
export function browserStorage(): StorageLike | null {
  let storage: Storage;
  try {
    storage = window.localStorage;
    storage.getItem(INDEX_KEY);
  } catch {
    return null;
  }
  try {
    storage.setItem('eventbridge-designer/probe', '1');
    storage.removeItem('eventbridge-designer/probe');
  } catch (error) {
    if (!whySaveFailed(error).includes('full')) return null;
  }
  return storage;
}
