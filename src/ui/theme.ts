import type { Theme } from '../store/designer-store';
import type { StorageLike } from '../store/design-library';

const THEME_KEY = 'eventbridge-designer/theme';

/** The theme chosen last time, else the one the system prefers. */
export function initialTheme(storage: StorageLike | null): Theme {
  const chosen = storage?.getItem(THEME_KEY);
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Colours the page (CSS variables under `html[data-theme]`) and remembers the choice. */
export function applyTheme(theme: Theme, storage: StorageLike | null, remember: boolean): void {
  document.documentElement.dataset.theme = theme;
  if (!remember) return;
  try {
    storage?.setItem(THEME_KEY, theme);
  } catch {
    // A full storage keeps the theme for this visit only.
  }
}
