import { describe, expect, it } from 'vitest';
import { presetKm, presetOf } from './distance-preset';

describe('presetKm', () => {
  it('maps each preset to its distance, with 40 miles as 64.37376 km', () => {
    expect(presetKm('within-25km')).toBe(25);
    expect(presetKm('within-40mi')).toBeCloseTo(64.37376, 9);
    expect(presetKm('within-100km')).toBe(100);
    expect(presetKm('any')).toBeUndefined();
    expect(presetKm('custom')).toBeUndefined();
  });
});

describe('presetOf', () => {
  it('reads a filter distance back as its preset, or custom', () => {
    expect(presetOf(undefined)).toBe('any');
    expect(presetOf(25)).toBe('within-25km');
    expect(presetOf(64.37376)).toBe('within-40mi');
    expect(presetOf(100)).toBe('within-100km');
    expect(presetOf(50)).toBe('custom');
  });
});
