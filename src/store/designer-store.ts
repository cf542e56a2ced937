import { createStore, type StoreApi } from 'zustand/vanilla';
import { temporal, type TemporalState } from 'zundo';
import type { Json } from '../core/template/json';
import type { LogicalId, Template } from '../core/template/types';
import type { NodeKind } from '../core/graph/types';
import { freePosition, type Layout, type Position } from '../core/layout/positions';
import { emptyTemplate } from '../core/ops/empty-template';
import { addEventBus } from '../core/ops/add-event-bus';
import { addRule } from '../core/ops/add-rule';
import { addLambdaFunction } from '../core/ops/add-lambda-function';
import { addStateMachine } from '../core/ops/add-state-machine';
import { removeResources } from '../core/ops/remove-resources';
import { renameLogicalId } from '../core/ops/rename-logical-id';
import { setResourceProperty } from '../core/ops/set-property';
import { setTargetId } from '../core/ops/set-target-id';
import { disconnectTarget } from '../core/ops/disconnect-target';
import { connect } from './connect';
import { deleteElements } from './delete-elements';
import { selectGraph, selectPlacedLayout } from './selectors';

const ADDERS: Record<NodeKind, (t: Template) => { template: Template; id: LogicalId }> = {
  bus: addEventBus,
  rule: addRule,
  lambda: addLambdaFunction,
  stateMachine: addStateMachine,
};

export interface DesignerState {
  designName: string;
  template: Template;
  layout: Layout;
  /** Id of the selected node (a logical id or the default bus), or null. */
  selected: string | null;
  /** A message about the last refused action, shown until the next action. */
  notice: string | null;
  actions: DesignerActions;
}

/** Everything the UI can do; each document change is one core operation and one undo step. */
export interface DesignerActions {
  addResource(kind: NodeKind, position?: Position): LogicalId;
  connect(source: string, target: string): void;
  disconnectTarget(ruleId: LogicalId, index: number): void;
  remove(ids: LogicalId[]): void;
  rename(from: LogicalId, to: LogicalId): void;
  setProperty(id: LogicalId, key: string, value: Json | undefined): void;
  setTargetId(ruleId: LogicalId, index: number, id: string): void;
  moveNode(id: string, position: Position): void;
  select(id: string | null): void;
  setDesignName(name: string): void;
  dismissNotice(): void;
  /** Deletes nodes (resources, with what exists only for them) and rule -> target edges at once. */
  deleteElements(nodeIds: string[], edgeIds: string[]): void;
}

export type DesignerStore = StoreApi<DesignerState> & { temporal: StoreApi<TemporalState<Pick<DesignerState, 'template'>>> };

/** A fresh store: one per page, one per test. Undo history holds documents only, never selection. */
export function createDesignerStore(initial?: Partial<Pick<DesignerState, 'template' | 'layout' | 'designName'>>): DesignerStore {
  return createStore<DesignerState>()(
    temporal(
      (set, get) => {
        const apply = (change: (t: Template) => Template) => set({ template: change(get().template), notice: null });
        return {
          designName: initial?.designName ?? 'eventbridge-design',
          template: initial?.template ?? emptyTemplate(),
          layout: initial?.layout ?? {},
          selected: null,
          notice: null,
          actions: {
          addResource(kind, position) {
            const { template, id } = ADDERS[kind](get().template);
            const at = position ?? freePosition(kind, Object.values(selectPlacedLayout(get())));
            set({ template, layout: { ...get().layout, [id]: at }, selected: id, notice: null });
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
            const selected = get().selected;
            set({ template, notice: null, selected: selected && ids.includes(selected) ? null : selected });
          },
          rename(from, to) {
            const template = renameLogicalId(get().template, from, to);
            if (template === get().template) return;
            const { [from]: position, ...layout } = get().layout;
            set({ template, layout: position ? { ...layout, [to]: position } : layout, selected: get().selected === from ? to : get().selected });
          },
          setProperty: (id, key, value) => apply((t) => setResourceProperty(t, id, key, value)),
          setTargetId: (ruleId, index, id) => apply((t) => setTargetId(t, ruleId, index, id)),
          moveNode: (id, position) => set({ layout: { ...get().layout, [id]: position } }),
          select: (id) => set({ selected: id }),
          setDesignName: (designName) => set({ designName }),
          dismissNotice: () => set({ notice: null }),
          deleteElements(nodeIds, edgeIds) {
            const state = get();
            const template = deleteElements(state.template, selectGraph(state), nodeIds, edgeIds);
            const selected = state.selected && nodeIds.includes(state.selected) ? null : state.selected;
            if (template !== state.template) set({ template, selected, notice: null });
          },
          },
        };
      },
      {
        partialize: (s) => ({ template: s.template }),
        equality: (a, b) => a.template === b.template,
        limit: 200,
      },
    ),
  ) as DesignerStore;
}
