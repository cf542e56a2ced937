import { ReactFlowProvider } from '@xyflow/react';
import { DesignerStoreContext } from '../store/use-designer';
import type { DesignerStore } from '../store/designer-store';
import { Header } from './Header';
import { Palette } from './palette/Palette';
import { Canvas } from './canvas/Canvas';
import { Inspector } from './inspector/Inspector';
import { SidePanel } from './SidePanel';
import { ProblemsPanel } from './problems/ProblemsPanel';
import { usePasteToImport } from './use-paste-to-import';
import { PanelBoundary } from './PanelBoundary';
import { useUndoShortcuts } from './use-undo-shortcuts';
import { DesignSessionContext } from './session-context';
import type { DesignSession } from '../store/design-session';

export function App({ store, session }: { store: DesignerStore; session?: DesignSession }) {
  return (
    <DesignerStoreContext.Provider value={store}>
      <DesignSessionContext.Provider value={session ?? null}>
        <ReactFlowProvider>
          <Shell />
        </ReactFlowProvider>
      </DesignSessionContext.Provider>
    </DesignerStoreContext.Provider>
  );
}

function Shell() {
  usePasteToImport();
  useUndoShortcuts();
  return (
    <div className="app">
      <Header />
      <aside className="sidebar" aria-label="Resources and properties">
        <Palette />
        <PanelBoundary name="properties panel">
          <Inspector />
        </PanelBoundary>
      </aside>
      <main className="canvas-area" aria-label="Design canvas">
        <PanelBoundary name="canvas">
          <Canvas />
        </PanelBoundary>
        <PanelBoundary name="problems panel">
          <ProblemsPanel />
        </PanelBoundary>
      </main>
      <SidePanel />
    </div>
  );
}
