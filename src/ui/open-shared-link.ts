import { decodeShareFragment } from '../core/share/share-link';
import type { DesignerStore } from '../store/designer-store';
import type { DesignSession } from '../store/design-session';

/**
 * Opens the design carried by the address's fragment, as a new design beside the saved ones, then
 * takes the fragment off the address so a reload opens the saved copy rather than a second one.
 * A broken link leaves everything as it was and says why.
 */
export async function openSharedLink(store: DesignerStore, session: DesignSession): Promise<void> {
  const decoded = await decodeShareFragment(window.location.hash);
  if (decoded === null) return;
  if ('design' in decoded) session.openShared(decoded.design);
  else store.setState({ notice: `${decoded.error} Your saved designs are unchanged.` });
  history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}`);
}
