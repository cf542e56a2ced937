import { useDesigner } from '../../store/use-designer';

/** Switches between the light and the dark theme; the choice is remembered. */
export function ThemeToggle() {
  const theme = useDesigner((s) => s.theme);
  const setTheme = useDesigner((s) => s.actions.setTheme);
  const dark = theme === 'dark';
  return (
    <button type="button" aria-pressed={dark} onClick={() => setTheme(dark ? 'light' : 'dark')} title="Dark theme">
      <span aria-hidden="true">{dark ? '\u263E' : '\u2600'}</span> Dark theme
    </button>
  );
}
