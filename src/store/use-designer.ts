import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DesignerState, DesignerStore } from './designer-store';

export const DesignerStoreContext = createContext<DesignerStore | null>(null);

function useDesignerStore(): DesignerStore {
  const store = useContext(DesignerStoreContext);
  if (!store) throw new Error('useDesigner must be used inside <DesignerStoreContext.Provider>.');
  return store;
}

/** Reads from the designer store; selectors must return stable values (primitives or memoised data). */
export function useDesigner<T>(selector: (s: DesignerState) => T): T {
  return useStore(useDesignerStore(), selector);
}

/** The undo history of the document. */
export function useHistory<T>(selector: (s: ReturnType<DesignerStore['temporal']['getState']>) => T): T {
  return useStore(useDesignerStore().temporal, selector);
}
