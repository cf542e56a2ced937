import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './ui/app.css';
import { App } from './ui/App';
import { createDesignerStore } from './store/designer-store';
import { exposeTestHooks } from './ui/test-hooks';

const store = createDesignerStore();
exposeTestHooks(store);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
