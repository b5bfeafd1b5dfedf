import { create } from 'zustand';

export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

const STORAGE_KEY = 'railwatch.theme';

function isThemePreference(value: unknown): value is ThemePreference {
  return (THEME_PREFERENCES as readonly unknown[]).includes(value);
}

// localStorage rather than IndexedDB: it is read synchronously before the first paint, so a
// dark-theme analyst never sees a white flash. Storage may be blocked (private mode, policy).
function readStored(): ThemePreference {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isThemePreference(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

function writeStored(preference: ThemePreference): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, preference);
  } catch {
    // The choice still holds for this session.
  }
}

type ThemeState = {
  preference: ThemePreference;
  setPreference: (preference: ThemePreference) => void;
};

/** The analyst's theme choice; "system" follows prefers-color-scheme. */
export const useThemeStore = create<ThemeState>()((set) => ({
  preference: readStored(),
  setPreference: (preference) => {
    writeStored(preference);
    set({ preference });
  },
}));
