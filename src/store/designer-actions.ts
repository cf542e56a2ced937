import type { StoreApi } from 'zustand';
import type { LogicalId, Template } from '../core/template/types';
import type { DesignKind } from '../core/graph/types';
import { freePosition } from '../core/layout/positions';
import { addEventBus } from '../core/ops/add-event-bus';
import { addRule } from '../core/ops/add-rule';
import { addLambdaFunction } from '../core/ops/add-lambda-function';
import { addStateMachine } from '../core/ops/add-state-machine';
import { addSnsTopic } from '../core/ops/add-sns-topic';
import { addSqsQueue } from '../core/ops/add-sqs-queue';
import { removeResources } from '../core/ops/remove-resources';
import { renameLogicalId } from '../core/ops/rename-logical-id';
import { setResourceProperty } from '../core/ops/set-property';
import { setTargetId } from '../core/ops/set-target-id';
import { disconnectTarget } from '../core/ops/disconnect-target';
import { setTargetProperty } from '../core/ops/set-target-property';
import { setResourceProperties } from '../core/ops/set-properties';
import type { DesignerActions, DesignerState } from './designer-store';
import { connect } from './connect';
import { deleteElements } from './delete-elements';
import { selectGraph, selectPlacedLayout } from './selectors';
import { readTemplate } from '../core/io/read-template';
import { detectFormat } from '../core/io/parse-template-text';
import { layoutFromMetadata } from '../core/layout/layout-metadata';
import { autoLayout } from '../core/layout/auto-layout';
import { setTargetInput } from '../core/ops/set-target-input';
import { addDeadLetterQueue, removeDeadLetterQueue } from '../core/ops/dead-letter-queue';
import { copyResources, pasteResources, readClipboard, writeClipboard } from '../core/ops/copy-paste';
import { generatedBySam, generatedBySamText } from '../core/graph/sam-origin';

/** A design name from a file name: "orders.template.yaml" -> "orders.template"; none for pasted text. */
function designNameFrom(source: string): string | undefined {
  const match = /^(.+?)\.(json|ya?ml|template)$/i.exec(source.split(/[\\/]/).pop() ?? '');
  return match ? match[1] : undefined;
}

const ADDERS: Record<DesignKind, (t: Template) => { template: Template; id: LogicalId }> = {
  bus: addEventBus,
  rule: addRule,
  lambda: addLambdaFunction,
  stateMachine: addStateMachine,
  topic: addSnsTopic,
  queue: addSqsQueue,
};

/** Selection of one element (or none): the primary selection and the whole selection agree. */
function only(id: string | null): Pick<DesignerState, 'selected' | 'selection'> {
  return { selected: id, selection: id === null ? [] : [id] };
}

/** The selection without elements that are gone. */
function without(state: DesignerState, gone: string[]): Pick<DesignerState, 'selected' | 'selection'> {
  const selection = state.selection.filter((id) => !gone.includes(id));
  const selected = state.selected !== null && gone.includes(state.selected) ? null : state.selected;
  return { selected, selection };
}

/** The store's actions: each calls one core operation, so each document change is one undo step. */
export function createActions(set: StoreApi<DesignerState>['setState'], get: () => DesignerState): DesignerActions {
  // Pasting the same clipboard again places the copy further along, not on top of the last one.
  let lastPaste = { text: '', count: 0 };
  const apply = (change: (t: Template) => Template) => set({ template: change(get().template), notice: null });
  const actions: DesignerActions = {
    addResource(kind, position) {
      const { template, id } = ADDERS[kind](get().template);
      const at = position ?? freePosition(kind, Object.values(selectPlacedLayout(get())));
      set({ template, layout: { ...get().layout, [id]: at }, ...only(id), notice: null });
      return id;
    },
    connect(source, target) {
      const result = connect(get().template, selectGraph(get()), source, target);
      if (typeof result === 'string') set({ notice: result });
      else set({ template: result, notice: null });
    },
    disconnectTarget: (ruleId, index) => apply((t) => disconnectTarget(t, ruleId, index)),
    remove(ids) {
      const template = removeResources(get().template, ids);
      set({ template, notice: null, ...without(get(), ids) });
    },
    rename(from, to) {
      const template = renameLogicalId(get().template, from, to);
      if (template === get().template) return;
      const { [from]: position, ...layout } = get().layout;
      const { selected, selection } = get();
      set({
        template,
        layout: position ? { ...layout, [to]: position } : layout,
        selected: selected === from ? to : selected,
        selection: selection.map((id) => (id === from ? to : id)),
      });
    },
    setProperty: (id, key, value) => apply((t) => setResourceProperty(t, id, key, value)),
    setTargetId: (ruleId, index, id) => apply((t) => setTargetId(t, ruleId, index, id)),
    setTargetProperty: (ruleId, index, key, value) => apply((t) => setTargetProperty(t, ruleId, index, key, value)),
    setProperties: (id, properties) => apply((t) => setResourceProperties(t, id, properties)),
    moveNode: (id, position) => set({ layout: { ...get().layout, [id]: position } }),
    select: (id) => set(only(id)),
    changeSelection(added, removed) {
      const { selection, selected } = get();
      const next = [...selection.filter((id) => !removed.includes(id) && !added.includes(id)), ...added];
      const primary =
        added.length > 0
          ? added[added.length - 1]!
          : selected !== null && next.includes(selected)
            ? selected
            : (next[next.length - 1] ?? null);
      if (primary === selected && next.length === selection.length && next.every((id, i) => id === selection[i])) return;
      set({ selection: next, selected: primary });
    },
    deselect: (id) => actions.changeSelection([], [id]),
    reveal: (id) => set({ ...only(id), viewRequest: { kind: 'focus', id } }),
    setDesignName: (designName) => set({ designName }),
    dismissNotice: () => set({ notice: null }),
    applyFix: (fix) => apply((t) => fix.apply(t)),
    importText(text, source) {
      const result = readTemplate(text);
      if (!result.ok) {
        // A syntax error is mended in the editor: open the text there, and keep the design as it is.
        const mendable = result.problem.line !== undefined;
        const format = detectFormat(text);
        set({ importProblem: { source, ...result.problem }, ...(mendable ? { draft: { text, format, id: Date.now() }, format } : {}) });
        return false;
      }
      const name = designNameFrom(source);
      const kept = layoutFromMetadata(result.template);
      set({
        template: result.template,
        layout: kept ?? {},
        keepLayout: kept !== undefined,
        viewRequest: kept ? { kind: 'fit' } : get().viewRequest,
        ...only(null),
        notice: null,
        importProblem: null,
        draft: null,
        format: result.format,
        ...(name ? { designName: name } : {}),
      });
      // A template without a layout of its own is laid out automatically, readably.
      if (!kept) void actions.autoLayout();
      return true;
    },
    dismissImportProblem: () => set({ importProblem: null }),
    reportImportProblem: (importProblem) => set({ importProblem }),
    replaceTemplate(template) {
      if (template !== get().template) set({ template, notice: null, draft: null, importProblem: null });
    },
    setFormat: (format) => set({ format }),
    setKeepLayout: (keepLayout) => set({ keepLayout }),
    async autoLayout() {
      const template = get().template;
      const layout = await autoLayout(selectGraph(get()));
      if (get().template === template) set({ layout, viewRequest: { kind: 'fit' } });
    },
    deleteElements(nodeIds, edgeIds) {
      const state = get();
      const graph = selectGraph(state);
      const generated = graph.nodes.find((n) => nodeIds.includes(n.id) && generatedBySam(n));
      if (generatedBySam(generated)) {
        set({ notice: `${generatedBySamText(generated)}: delete it there.` });
        return;
      }
      const template = deleteElements(state.template, graph, nodeIds, edgeIds);
      if (template !== state.template) set({ template, ...without(state, [...nodeIds, ...edgeIds]), notice: null });
    },
    setTargetInput: (ruleId, index, kind, value) => apply((t) => setTargetInput(t, ruleId, index, kind, value)),
    addDeadLetterQueue: (ruleId, index) => apply((t) => addDeadLetterQueue(t, ruleId, index).template),
    removeDeadLetterQueue: (ruleId, index) => apply((t) => removeDeadLetterQueue(t, ruleId, index)),
    setSideTab: (sideTab) => set({ sideTab }),
    setTestEventText: (eventText) => set({ sandbox: { ...get().sandbox, eventText } }),
    setTestEventBus: (bus) => set({ sandbox: { ...get().sandbox, bus } }),
    sendTestEvent: (bus) =>
      set({ sandbox: { ...get().sandbox, ...(bus !== undefined ? { bus } : {}), sent: true }, sideTab: 'test-event' }),
    clearTestEvent: () => set({ sandbox: { ...get().sandbox, sent: false } }),
    openDesign(design, notice) {
      set({
        designName: design.name,
        template: design.template,
        layout: design.layout,
        ...only(null),
        notice: notice ?? null,
        importProblem: null,
        draft: null,
        sandbox: { ...get().sandbox, sent: false },
        viewRequest: { kind: 'fit' },
      });
      // A design without positions (an example, a template saved without them) is laid out readably.
      if (Object.keys(design.layout).length === 0) void actions.autoLayout();
    },
    setLibrary: (library) => set({ library: { ...get().library, ...library } }),
    setTheme: (theme) => set({ theme }),
    copySelection() {
      const { template, selection } = get();
      const clipboard = copyResources(template, selection, selectPlacedLayout(get()));
      return Object.keys(clipboard.resources).length > 0 ? writeClipboard(clipboard) : null;
    },
    pasteClipboard(text) {
      const clipboard = readClipboard(text);
      if (!clipboard) return false;
      lastPaste = { text, count: lastPaste.text === text ? lastPaste.count + 1 : 1 };
      const step = 40 * lastPaste.count;
      const result = pasteResources(get().template, clipboard, { x: step, y: step });
      if (result.pasted.length === 0) return true;
      const nodes = new Set(selectGraph({ ...get(), template: result.template }).nodes.map((n) => n.id));
      const shown = result.pasted.filter((id) => nodes.has(id));
      set({
        template: result.template,
        layout: { ...get().layout, ...result.layout },
        selection: shown,
        selected: shown[0] ?? null,
        notice: null,
      });
      return true;
    },
  };
  return actions;
}
