import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './ui/app.css';
import './ui/dialogs.css';
import { App } from './ui/App';
import { createDesignerStore } from './store/designer-store';
import { exposeTestHooks } from './ui/test-hooks';
import { browserStorage, openDesignLibrary } from './store/design-library';
import { startDesignSession } from './store/design-session';
import { applyTheme, initialTheme } from './ui/theme';
import { openSharedLink } from './ui/open-shared-link';

const storage = browserStorage();
const store = createDesignerStore({ theme: initialTheme(storage) });
applyTheme(store.getState().theme, storage, false);
store.subscribe((s, prev) => {
  if (s.theme !== prev.theme) applyTheme(s.theme, storage, true);
});

// The design open last time comes back; changes are saved as they are made.
const session = startDesignSession(store, openDesignLibrary(storage));
window.addEventListener('pagehide', () => session.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') session.flush();
});
void openSharedLink(store, session);
window.addEventListener('hashchange', () => void openSharedLink(store, session));
exposeTestHooks(store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} session={session} />
  </StrictMode>,
);
