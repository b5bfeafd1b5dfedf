import { describe, expect, it } from 'vitest';
import { nextPreference, resolveTheme } from './resolve-theme';

describe('resolveTheme', () => {
  it('follows the system only when the analyst chose "system"', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe('nextPreference', () => {
  it('cycles system, light, dark and back', () => {
    expect(nextPreference('system')).toBe('light');
    expect(nextPreference('light')).toBe('dark');
    expect(nextPreference('dark')).toBe('system');
  });
});
