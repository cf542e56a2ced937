import { createStore, type StoreApi } from 'zustand/vanilla';
import { temporal, type TemporalState } from 'zundo';
import type { DesignKind } from '../core/graph/types';
import type { Json, JsonObject } from '../core/template/json';
import type { LogicalId, Template } from '../core/template/types';
import type { Layout, Position } from '../core/layout/positions';
import { emptyTemplate } from '../core/ops/empty-template';
import { createActions } from './designer-actions';
import type { Fix } from '../core/validate/types';
import type { ParseProblem, TemplateFormat } from '../core/io/parse-result';
import { SAMPLE_EVENTS } from '../core/sandbox/sample-events';
import type { TargetInputKind } from '../core/ops/set-target-input';
import type { DesignEntry } from './design-library';

export interface DesignerState {
  designName: string;
  template: Template;
  layout: Layout;
  /** Id of the selected node (a logical id or the default bus) or rule -> target edge, or null. */
  selected: string | null;
  /** Every selected node and edge (several with Shift or Ctrl/Cmd); `selected` is the one the inspector shows. */
  selection: string[];
  /** A message about the last refused action, shown until the next action. */
  notice: string | null;
  /** Why the last import was refused, and where; the design is left as it was. */
  importProblem: ImportProblem | null;
  /** Text that did not parse, opened in the editor so it can be mended there; the design is untouched. */
  draft: { text: string; format: TemplateFormat; id: number } | null;
  /** Asks the canvas to show something: the whole design (after an import or a layout) or one node. */
  viewRequest: { kind: 'fit' } | { kind: 'focus'; id: string } | null;
  /** Whether the exported template carries the node positions in its Metadata. */
  keepLayout: boolean;
  /** The format the Template panel shows, copies and downloads. */
  format: TemplateFormat;
  /** Which tab of the side panel is open. */
  sideTab: SideTab;
  /** The test event: its text as typed, the bus it is sent to (null: every bus), and whether it has been sent. */
  sandbox: SandboxState;
  /** The designs this browser keeps, which one is open, and whether the last change was saved. */
  library: LibraryState;
  theme: Theme;
  actions: DesignerActions;
}

export type Theme = 'light' | 'dark';

export interface LibraryState {
  designs: DesignEntry[];
  currentId: string | null;
  status: SaveStatus;
}

export type SaveStatus =
  /** A new design nobody has changed yet: kept with its first change. */
  | { kind: 'unsaved' }
  /** A change waiting to be saved (saving waits for a pause in editing). */
  | { kind: 'pending' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'off'; reason: string };

/** A whole design to open in place of the current one. */
export interface OpenedDesign {
  name: string;
  template: Template;
  layout: Layout;
}

export type SideTab = 'template' | 'test-event';

export interface SandboxState {
  eventText: string;
  bus: string | null;
  sent: boolean;
}

/** Everything the UI can do; each document change is one core operation and one undo step. */
export interface ImportProblem extends ParseProblem {
  source: string;
}

export interface DesignerActions {
  addResource(kind: DesignKind, position?: Position): LogicalId;
  connect(source: string, target: string): void;
  disconnectTarget(ruleId: LogicalId, index: number): void;
  remove(ids: LogicalId[]): void;
  rename(from: LogicalId, to: LogicalId): void;
  setProperty(id: LogicalId, key: string, value: Json | undefined): void;
  setTargetId(ruleId: LogicalId, index: number, id: string): void;
  setTargetProperty(ruleId: LogicalId, index: number, key: string, value: Json | undefined): void;
  setProperties(id: LogicalId, properties: JsonObject): void;
  moveNode(id: string, position: Position): void;
  select(id: string | null): void;
  /** Adds and removes elements from the selection (multi-select on the canvas); the last added becomes primary. */
  changeSelection(added: string[], removed: string[]): void;
  /** Clears the selection if it is this element (a deselection that arrives after another element was chosen changes nothing). */
  deselect(id: string): void;
  /** Selects a node and brings it into view (from the Problems panel). */
  reveal(id: string): void;
  setDesignName(name: string): void;
  dismissNotice(): void;
  /** Opens a template's text (JSON or YAML); refused text leaves the design untouched. Returns success. */
  importText(text: string, source: string): boolean;
  dismissImportProblem(): void;
  reportImportProblem(problem: ImportProblem): void;
  /** Replaces the document with what the user typed in the editor (already parsed). */
  replaceTemplate(template: Template): void;
  setFormat(format: TemplateFormat): void;
  setKeepLayout(keep: boolean): void;
  /** Lays the whole design out again, automatically. */
  autoLayout(): Promise<void>;
  /** Applies a diagnostic's fix to the current document: one undo step. */
  applyFix(fix: Fix): void;
  /** Deletes nodes (resources, with what exists only for them) and rule -> target edges at once. */
  deleteElements(nodeIds: string[], edgeIds: string[]): void;
  /** Sets how a target's payload is made (Input, InputPath or InputTransformer), removing the other two. */
  setTargetInput(ruleId: LogicalId, index: number, kind: TargetInputKind | null, value?: Json): void;
  addDeadLetterQueue(ruleId: LogicalId, index: number): void;
  removeDeadLetterQueue(ruleId: LogicalId, index: number): void;
  setSideTab(tab: SideTab): void;
  /** The test event's text, as typed (it may not parse yet). */
  setTestEventText(text: string): void;
  setTestEventBus(bus: string | null): void;
  /** Sends the test event (to one bus, or to every bus): the results and the canvas follow the design as it changes. */
  sendTestEvent(bus?: string | null): void;
  clearTestEvent(): void;
  /**
   * Shows another design (a saved one, an example, a shared link): not an undo step of the current
   * one. The caller clears the undo history, which belongs to the design it replaces.
   */
  openDesign(design: OpenedDesign, notice?: string): void;
  setLibrary(library: Partial<LibraryState>): void;
  setTheme(theme: Theme): void;
  /** Copies the selected resources as clipboard text (null when no resource is selected). */
  copySelection(): string | null;
  /** Pastes resources copied by `copySelection`: one undo step; the pasted nodes become the selection. */
  pasteClipboard(text: string): boolean;
}

export type DesignerStore = StoreApi<DesignerState> & { temporal: StoreApi<TemporalState<Pick<DesignerState, 'template'>>> };

/** A fresh store: one per page, one per test. Undo history holds documents only, never selection. */
export function createDesignerStore(
  initial?: Partial<Pick<DesignerState, 'template' | 'layout' | 'designName' | 'theme' | 'notice'>>,
): DesignerStore {
  return createStore<DesignerState>()(
    temporal(
      (set, get) => {
        return {
          designName: initial?.designName ?? 'eventbridge-design',
          template: initial?.template ?? emptyTemplate(),
          layout: initial?.layout ?? {},
          selected: null,
          selection: [],
          notice: initial?.notice ?? null,
          importProblem: null,
          draft: null,
          viewRequest: null,
          keepLayout: false,
          format: 'json',
          sideTab: 'template',
          sandbox: { eventText: `${JSON.stringify(SAMPLE_EVENTS[0]!.event, null, 2)}\n`, bus: null, sent: false },
          library: { designs: [], currentId: null, status: { kind: 'unsaved' } },
          theme: initial?.theme ?? 'light',
          actions: createActions(set, get),
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
