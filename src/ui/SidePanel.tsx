import { useDesigner } from '../store/use-designer';
import type { SideTab } from '../store/designer-store';
import { PanelBoundary } from './PanelBoundary';
import { TemplatePanel } from './template/TemplatePanel';
import { TestEventPanel } from './sandbox/TestEventPanel';

const TABS: { id: SideTab; label: string }[] = [
  { id: 'template', label: 'Template' },
  { id: 'test-event', label: 'Test event' },
];

/** The right-hand panel: the template, or the sandbox. Both stay mounted so the editor keeps its state. */
export function SidePanel() {
  const tab = useDesigner((s) => s.sideTab);
  const setTab = useDesigner((s) => s.actions.setSideTab);
  return (
    <div className="side-panel">
      <div role="tablist" aria-label="Side panel" className="side-tabs">
        {TABS.map((t, i) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`side-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`side-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
              setTab(next.id);
              document.getElementById(`side-tab-${next.id}`)?.focus();
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id="side-panel-template"
        aria-labelledby="side-tab-template"
        hidden={tab !== 'template'}
        className="side-tabpanel"
      >
        <PanelBoundary name="template panel">
          <TemplatePanel />
        </PanelBoundary>
      </div>
      <div
        role="tabpanel"
        id="side-panel-test-event"
        aria-labelledby="side-tab-test-event"
        hidden={tab !== 'test-event'}
        className="side-tabpanel"
      >
        <PanelBoundary name="test event panel">
          <TestEventPanel />
        </PanelBoundary>
      </div>
    </div>
  );
}
