import { useThemeStore, type ThemePreference } from '../../stores/theme-store';
import { nextPreference } from './resolve-theme';

const NAMES: Record<ThemePreference, string> = { system: 'system', light: 'light', dark: 'dark' };

/** One button that cycles system → light → dark; its name says the current choice. */
export function ThemeToggle() {
  const preference = useThemeStore((state) => state.preference);
  const setPreference = useThemeStore((state) => state.setPreference);
  const next = nextPreference(preference);
  return (
    <button
      type="button"
      className="theme-toggle"
      title={`Switch to the ${NAMES[next]} theme`}
      onClick={() => setPreference(next)}
    >
      Theme: {NAMES[preference]}
    </button>
  );
}
