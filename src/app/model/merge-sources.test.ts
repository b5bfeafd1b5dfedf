import { describe, expect, it } from 'vitest';
import type { Sighting } from '../../domain/sighting/sighting-schema';
import { testSighting } from '../../domain/sighting/test-sighting';
import { duplicateFinder, mergeSources, provenanceOf } from './merge-sources';
import type { SourceResult } from './source-result';

const sighting = (id: string, overrides: Partial<Sighting> = {}): Sighting => testSighting({ id, lon: 29.2, lat: 51.8, observedAt: '2022-01-18', ...overrides });
const source = (sourceId: string, sightings: Sighting[]): SourceResult => ({ sourceId, sourceName: sourceId, sightings, isLoading: false });

describe('mergeSources', () => {
  it('shows a clip posted to two feeds once, and flags a nearby same-day report with another link', () => {
    const merged = mergeSources([
      source('sample', [sighting('a', { url: 'https://t.me/rail/1' })]),
      source('import:x', [sighting('b', { url: 'https://t.me/s/rail/1?single' }), sighting('c', { url: 'https://t.me/rail/2', lat: 51.805 })]),
    ]);
    expect(merged.sightings.map((s) => s.id)).toEqual(['a', 'c']);
    expect(merged.feedIdsById.get('a')).toEqual(['sample', 'import:x']);
    expect(merged.mergedIdsById.get('a')).toEqual(['b']);
    const duplicatesOf = duplicateFinder(merged.sightings);
    expect(duplicatesOf('a').duplicates.map((d) => d.id)).toEqual(['c']);
    expect(duplicatesOf('c').duplicates.map((d) => d.id)).toEqual(['a']);
    // The report folded into 'a' (same link) is not its own duplicate.
    expect(duplicatesOf('b').duplicates).toEqual([]);
  });

  it('finds its target through the index it is given, and by its own where that index points elsewhere', () => {
    const merged = mergeSources([source('sample', [sighting('a'), sighting('c', { lat: 51.805 }), sighting('d', { lat: 51.812 })])]);
    const asked: string[] = [];
    const positionOf = (id: string) => {
      asked.push(id);
      return id === 'a' ? 0 : id === 'c' ? 2 : undefined;
    };
    const duplicatesOf = duplicateFinder(merged.sightings, positionOf);
    expect(duplicatesOf('a').duplicates.map((d) => d.id)).toEqual(['c', 'd']);
    // Position 2 holds 'd', not 'c': the finder looks 'c' up itself.
    expect(duplicatesOf('c').duplicates.map((d) => d.id)).toEqual(['a', 'd']);
    expect(asked).toEqual(['a', 'c']);
  });
});

describe('provenanceOf', () => {
  it('names the reporting sources and titles the likely duplicates', () => {
    const sources = [source('sample', [sighting('a', { url: 'https://t.me/rail/1' })]), source('import:x', [sighting('a'), sighting('c', { lat: 51.805 })])];
    sources[1]!.sourceName = 'ельск.csv';
    const merged = mergeSources(sources);
    const byId = new Map(merged.sightings.map((s) => [s.id, s]));
    const model = { ...merged, sources, byId, duplicatesOf: duplicateFinder(merged.sightings) };
    const result = provenanceOf(model, 'a', (s) => `title ${s.id}`);
    expect(result.reportedBy).toEqual(['sample', 'ельск.csv']);
    expect(result.duplicates).toHaveLength(1);
    expect(result.duplicates[0]).toMatchObject({ id: 'c', label: 'title c' });
    expect(result.moreDuplicates).toBe(0);
    expect(provenanceOf(model, 'missing', () => '')).toEqual({ reportedBy: [], duplicates: [], moreDuplicates: 0 });
  });
});
