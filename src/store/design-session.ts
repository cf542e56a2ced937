import type { DesignerState, DesignerStore, OpenedDesign } from './designer-store';
import type { DesignLibrary } from './design-library';
import { STORAGE_OFF } from './design-library';
import { emptyTemplate } from '../core/ops/empty-template';
import { encodeShareFragment, type SharedDesign } from '../core/share/share-link';

export const DEFAULT_DESIGN_NAME = 'eventbridge-design';

/**
 * The design open in the page and the designs the browser keeps: opening, creating, deleting,
 * and saving every change shortly after it is made (and at once when the page is hidden).
 */
export interface DesignSession {
  /** Opens a kept design; the one open now is saved first. */
  open(id: string): void;
  /** Starts a new design (an example or an empty one) and keeps it beside the others. */
  create(design: OpenedDesign): void;
  /** Opens a design from a share link as a new kept design, so nothing already kept is overwritten. */
  openShared(shared: SharedDesign): void;
  /** Deletes a kept design; the open one cannot be deleted (open another first). */
  remove(id: string): void;
  /** Saves pending changes now. */
  flush(): void;
  /** The fragment of a link that opens the current design. */
  shareFragment(): Promise<string>;
  dispose(): void;
}

type Snapshot = Pick<DesignerState, 'designName' | 'template' | 'layout'>;

export function startDesignSession(store: DesignerStore, library: DesignLibrary, options: { debounceMs?: number } = {}): DesignSession {
  const debounceMs = options.debounceMs ?? 300;
  let currentId = '';
  // What is in storage for the open design: a change is anything that differs from it.
  let saved: Snapshot | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const publish = (status?: DesignerState['library']['status']) =>
    store.getState().actions.setLibrary({ designs: library.list(), currentId, ...(status ? { status } : {}) });

  const snapshot = (): Snapshot => {
    const { designName, template, layout } = store.getState();
    return { designName, template, layout };
  };
  const changed = (s: Snapshot) =>
    saved === null || s.template !== saved.template || s.layout !== saved.layout || s.designName !== saved.designName;

  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    const now = snapshot();
    if (!changed(now)) return;
    const result = library.save(currentId, { name: now.designName, template: now.template, layout: now.layout, savedAt: '' });
    if (result.ok) {
      saved = now;
      library.setCurrent(currentId);
      publish({ kind: 'saved', at: result.savedAt });
    } else {
      const before = store.getState().library.status;
      publish({ kind: library.available ? 'failed' : 'off', reason: result.reason });
      // Said once where the user is looking, not again on every keystroke while it lasts.
      if (!('reason' in before) || before.reason !== result.reason) store.setState({ notice: result.reason });
    }
  };

  /** Shows a design; `kept` says whether storage already holds exactly this. */
  const show = (id: string, design: OpenedDesign, kept: boolean, notice?: string) => {
    currentId = id;
    store.getState().actions.openDesign(design, notice);
    // The history belongs to the design it was made in: undo must not bring back another design.
    store.temporal.getState().clear();
    saved = kept ? snapshot() : null;
    if (kept) library.setCurrent(id);
    const at = library.list().find((d) => d.id === id)?.savedAt ?? '';
    publish(!library.available ? { kind: 'off', reason: STORAGE_OFF } : kept ? { kind: 'saved', at } : { kind: 'unsaved' });
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.template === prev.template && s.layout === prev.layout && s.designName === prev.designName) return;
    if (!changed(snapshot())) return;
    const { kind } = store.getState().library.status;
    if (kind === 'saved' || kind === 'unsaved') publish({ kind: 'pending' });
    clearTimeout(timer);
    timer = setTimeout(save, debounceMs);
  });

  const session: DesignSession = {
    open(id) {
      if (id === currentId) return;
      save();
      const result = library.load(id);
      if ('error' in result) {
        store.setState({ notice: result.error });
        publish();
        return;
      }
      show(id, { name: result.design.name, template: result.design.template, layout: result.design.layout }, true, result.notice);
    },
    create(design) {
      save();
      show(library.newId(), design, false);
      save();
    },
    openShared(shared) {
      save();
      show(
        library.newId(),
        { ...shared, name: `${shared.name} (shared)` },
        false,
        `Opened the shared design \u201c${shared.name}\u201d as a new design. Your other designs are unchanged (see Designs).`,
      );
      save();
    },
    remove(id) {
      if (id === currentId) return;
      library.remove(id);
      publish();
    },
    flush: save,
    shareFragment: () => {
      const { designName, template, layout } = store.getState();
      return encodeShareFragment({ name: designName, template, layout });
    },
    dispose() {
      unsubscribe();
      clearTimeout(timer);
    },
  };

  // First the design open last time; if it cannot be read, a new one, and the damaged one stays kept and listed.
  const last = library.currentId() ?? library.list().find((d) => !d.damaged)?.id ?? null;
  const loaded = last !== null ? library.load(last) : null;
  if (last !== null && loaded && 'design' in loaded) {
    const { name, template, layout } = loaded.design;
    show(last, { name, template, layout }, true, loaded.notice);
  } else {
    const notice =
      loaded && 'error' in loaded ? `${loaded.error} A new design is open; the damaged one is listed under Designs.` : undefined;
    show(library.newId(), { name: DEFAULT_DESIGN_NAME, template: emptyTemplate(), layout: {} }, false, notice);
    // An untouched empty design is not worth keeping: it is saved with its first change.
    saved = snapshot();
  }
  return session;
}
