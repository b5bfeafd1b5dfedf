import { describe, expect, it } from 'vitest';
import { activeFilterChips, describeDistance, EMPTY_FILTERS, isFilterActive, type FilterState } from './filter-state';

function filters(overrides: Partial<FilterState>): FilterState {
  return { ...EMPTY_FILTERS, ...overrides };
}

describe('isFilterActive', () => {
  it('is false for the empty state', () => {
    expect(isFilterActive(EMPTY_FILTERS)).toBe(false);
  });

  it.each<[string, Partial<FilterState>]>([
    ['from', { from: '2022-01-18' }],
    ['to', { to: '2022-01-18' }],
    ['kinds', { kinds: ['fuel'] }],
    ['statuses', { statuses: ['unverifiable'] }],
    ['platforms', { platforms: ['vk'] }],
    ['feeds', { feeds: ['local'] }],
    ['distance', { distance: { maxKm: 25 } }],
    ['pinned', { pinnedOnly: true }],
    ['annotated', { annotatedOnly: true }],
    ['off rail', { offRailOnly: true }],
    ['text', { text: 'танки' }],
  ])('is true with %s set', (_, overrides) => {
    expect(isFilterActive(filters(overrides))).toBe(true);
  });

  it('ignores values that cannot filter', () => {
    expect(isFilterActive(filters({ from: '2022-02-30', to: 'soon', distance: { maxKm: 0 }, text: '  # ' }))).toBe(false);
    expect(isFilterActive(filters({ distance: { maxKm: Number.NaN } }))).toBe(false);
  });
});

describe('describeDistance', () => {
  it('shows whole kilometres as km, whole miles as mi, the rest as km to 0.01', () => {
    expect(describeDistance(25)).toEqual({ value: 25, unit: 'km' });
    expect(describeDistance(40 * 1.609344)).toEqual({ value: 40, unit: 'mi' });
    expect(describeDistance(12.345)).toEqual({ value: 12.35, unit: 'km' });
  });
});

describe('activeFilterChips', () => {
  it('has no chips for the empty state', () => {
    expect(activeFilterChips(EMPTY_FILTERS)).toEqual([]);
  });

  it('labels every active condition, one chip per value, in a fixed order', () => {
    const state = filters({
      from: '2022-01-18',
      to: '2022-02-03',
      text: '  танки   Мозырь ',
      statuses: ['disputed', 'unverifiable'],
      kinds: ['tank', 'apc-ifv'],
      platforms: ['tiktok'],
      feeds: ['f-1', 'local'],
      distance: { maxKm: 40 * 1.609344 },
      pinnedOnly: true,
      annotatedOnly: true,
      offRailOnly: true,
    });
    const chips = activeFilterChips(state, { feedName: (id) => (id === 'local' ? 'My sightings' : undefined) });
    expect(chips.map((chip) => [chip.key, chip.label])).toEqual([
      ['from', 'From 18 Jan 2022'],
      ['to', 'To 3 Feb 2022'],
      ['text', 'Text: “танки Мозырь”'],
      ['status:disputed', 'Status: Disputed'],
      ['status:unverifiable', 'Status: Unverifiable'],
      ['kind:tank', 'Equipment: Tanks'],
      ['kind:apc-ifv', 'Equipment: APC/IFV'],
      ['platform:tiktok', 'Platform: TikTok'],
      ['feed:f-1', 'Feed: f-1'],
      ['feed:local', 'Feed: My sightings'],
      ['distance', 'Within 40 mi'],
      ['pinned', 'Pinned only'],
      ['annotated', 'Annotated only'],
      ['off-rail', 'Off the rail network'],
    ]);
  });

  it('removes only its own condition', () => {
    const state = filters({ from: '2022-01-18', to: '2022-02-03', statuses: ['disputed', 'confirmed'], distance: { maxKm: 25 }, pinnedOnly: true });
    const byKey = new Map(activeFilterChips(state).map((chip) => [chip.key, chip]));
    expect(byKey.get('status:disputed')!.remove(state)).toEqual({ ...state, statuses: ['confirmed'] });
    const withoutFrom = byKey.get('from')!.remove(state);
    expect('from' in withoutFrom).toBe(false);
    expect(withoutFrom.to).toBe('2022-02-03');
    expect('distance' in byKey.get('distance')!.remove(state)).toBe(false);
    expect(byKey.get('pinned')!.remove(state).pinnedOnly).toBe(false);
  });

  it('removing every chip in turn clears all filters', () => {
    let state = filters({ from: '2022-01-18', text: 'x', kinds: ['fuel'], feeds: ['a'], offRailOnly: true, annotatedOnly: true });
    for (const chip of activeFilterChips(state)) state = chip.remove(state);
    expect(isFilterActive(state)).toBe(false);
  });

  it('shortens a long text and shows a repeated value once', () => {
    const chips = activeFilterChips(filters({ text: 'a'.repeat(50), statuses: ['confirmed', 'confirmed'] }));
    expect(chips.map((chip) => chip.label)).toEqual([`Text: “${'a'.repeat(29)}…”`, 'Status: Confirmed']);
  });
});
