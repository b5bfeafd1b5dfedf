import { useEffect, useSyncExternalStore } from 'react';
import { DARK_PALETTE, LIGHT_PALETTE } from '../../map/map-palette';
import { useRailwatchMap } from '../../map/map-context';
import { useThemeStore } from '../../stores/theme-store';
import { resolveTheme, type Theme } from './resolve-theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeToSystem(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const systemPrefersDark = () => window.matchMedia(DARK_QUERY).matches;

/** The theme in force, following the system's setting live while the analyst chose "system". */
export function useResolvedTheme(): Theme {
  const preference = useThemeStore((state) => state.preference);
  const dark = useSyncExternalStore(subscribeToSystem, systemPrefersDark, () => false);
  return resolveTheme(preference, dark);
}

/**
 * Applies the theme: `data-theme` on <html> for an explicit choice (app.css follows
 * prefers-color-scheme by itself when it is absent) and the matching map palette.
 */
export function useApplyTheme(): void {
  const preference = useThemeStore((state) => state.preference);
  const theme = useResolvedTheme();
  const map = useRailwatchMap();

  useEffect(() => {
    const root = document.documentElement;
    if (preference === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', preference);
  }, [preference]);

  useEffect(() => {
    map?.setPalette(theme === 'dark' ? DARK_PALETTE : LIGHT_PALETTE);
  }, [map, theme]);
}

/** The palette to create the map with, so a dark-theme analyst never sees a light map first. */
export function initialMapPalette() {
  return resolveTheme(useThemeStore.getState().preference, systemPrefersDark()) === 'dark' ? DARK_PALETTE : LIGHT_PALETTE;
}
