import { createContext, useContext } from 'react';
import type { DesignSession } from '../store/design-session';

export const DesignSessionContext = createContext<DesignSession | null>(null);

/** The design session (saved designs, share links); absent in tests that render parts alone. */
export function useDesignSession(): DesignSession | null {
  return useContext(DesignSessionContext);
}
