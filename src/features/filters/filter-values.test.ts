import { describe, expect, it } from 'vitest';
import { feedNameLookup, toggled } from './filter-values';

describe('toggled', () => {
  it('adds a value once and removes it', () => {
    expect(toggled(['tank'], 'fuel', true)).toEqual(['tank', 'fuel']);
    expect(toggled(['tank', 'fuel'], 'fuel', true)).toEqual(['tank', 'fuel']);
    expect(toggled(['tank', 'fuel'], 'tank', false)).toEqual(['fuel']);
    expect(toggled([], 'tank', false)).toEqual([]);
  });
});

describe('feedNameLookup', () => {
  it('names known feeds and leaves unknown ids unnamed', () => {
    const name = feedNameLookup([{ id: 'sample', name: 'Sample feed' }]);
    expect(name('sample')).toBe('Sample feed');
    expect(name('gone')).toBeUndefined();
  });
});
