import { describe, expect, it } from 'vitest';
import type { PreparedFeature } from './import-prepare.ts';
import { duplicateTotal, planImport } from './import-plan.ts';

const feature = (id: string, urlKey?: string): PreparedFeature => ({
  id,
  ...(urlKey ? { urlKey } : {}),
  feature: { type: 'Feature', id, geometry: { type: 'Point', coordinates: [29.2, 51.8] }, properties: {} },
});

describe('planImport', () => {
  const known = { localIds: new Set(['old']), shownIds: new Set(['old', 'feed-1']), shownUrlKeys: new Set(['t.me/rail/7']) };

  it('stores new sightings and those a feed already shows, never one already stored', () => {
    const plan = planImport({ features: [feature('new'), feature('old'), feature('feed-1'), feature('x', 't.me/rail/7')], duplicatesInFile: 2 }, known);
    expect(plan.toStore.map((f) => f.id)).toEqual(['new', 'feed-1', 'x']);
    expect(plan.duplicates).toEqual({ inFile: 2, alreadyStored: 1, mergedWithShown: 2 });
    expect(duplicateTotal(plan)).toBe(5);
  });

  it('stores nothing when every sighting is already stored', () => {
    const plan = planImport({ features: [feature('old')], duplicatesInFile: 0 }, known);
    expect(plan.toStore).toEqual([]);
    expect(duplicateTotal(plan)).toBe(1);
  });
});
