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

export function App({ store }: { store: DesignerStore }) {
  return (
    <DesignerStoreContext.Provider value={store}>
      <ReactFlowProvider>
        <Shell />
      </ReactFlowProvider>
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
