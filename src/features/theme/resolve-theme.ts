import type { ThemePreference } from '../../stores/theme-store';

export type Theme = 'light' | 'dark';

/** The theme in force: the analyst's choice, or the system's when they chose "system". */
export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): Theme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}

/** The toggle's order: system → light → dark → system. */
export function nextPreference(preference: ThemePreference): ThemePreference {
  return preference === 'system' ? 'light' : preference === 'light' ? 'dark' : 'system';
}
