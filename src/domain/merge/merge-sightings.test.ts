import { describe, expect, it } from 'vitest';
import type { Sighting } from '../sighting/sighting-schema';
import { IdIndex } from '../sighting/id-index';
import { testSighting } from '../sighting/test-sighting';
import { rememberPositions } from './id-positions';
import { mergeSightings, rememberSourceKeys, sourceKeysOf } from './merge-sightings';

function createSighting(overrides: Partial<Sighting> & { id: string }): Sighting {
  return testSighting({ lon: 29.2, lat: 51.8, ...overrides });
}

describe('mergeSightings', () => {
  it('shows a sighting reported by two feeds under the same id once, listing both feeds in order', () => {
    const first = createSighting({ id: 's1', caption: 'от первого' });
    const merged = mergeSightings([
      { sourceId: 'sample', sightings: [first] },
      { sourceId: 'import:a', sightings: [createSighting({ id: 's1', caption: 'от второго' })] },
    ]);
    expect(merged.sightings).toEqual([first]);
    expect(merged.sourceIdsById.get('s1')).toEqual(['sample', 'import:a']);
    expect(merged.mergedIdsById.size).toBe(0);
  });

  it('lists a second reporter only under the sighting it reported, not under its feed-mates', () => {
    const merged = mergeSightings([
      { sourceId: 'sample', sightings: [createSighting({ id: 'a' }), createSighting({ id: 'b' }), createSighting({ id: 'c' })] },
      { sourceId: 'import:a', sightings: [createSighting({ id: 'b' }), createSighting({ id: 'd' })] },
      { sourceId: 'empty', sightings: [] },
    ]);
    expect(merged.sightings.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(Object.fromEntries(merged.sourceIdsById)).toEqual({ a: ['sample'], b: ['sample', 'import:a'], c: ['sample'], d: ['import:a'] });
  });

  it('takes one source known to have unique ids as it is, and indexes its ids only when they are read', () => {
    const sightings = [createSighting({ id: 'a' }), createSighting({ id: 'b' })];
    const merged = mergeSightings([{ sourceId: 'only', sightings, uniqueIds: true }]);
    expect(merged.sightings).toEqual(sightings);
    expect(merged.sightings).not.toBe(sightings);
    expect(merged.positions?.isBuilt).toBe(false);
    expect(merged.sourceIdsById.get('b')).toEqual(['only']);
    expect(merged.sourceIdsById.get('c')).toBeUndefined();
    expect(merged.sourceIdsById.size).toBe(2);
    expect([...merged.sourceIdsById]).toEqual([
      ['a', ['only']],
      ['b', ['only']],
    ]);
    // The sources are read through the index handed on with the sightings, for the app to share.
    expect(merged.positions?.isBuilt).toBe(true);
    expect(merged.positions?.positionOf('b')).toBe(1);
    expect(merged.positions?.items).toBe(merged.sightings);
  });

  it('takes the index made when the feed was read for one source, instead of indexing its ids again', () => {
    const sightings = [createSighting({ id: 'a' }), createSighting({ id: 'b' })];
    const index = new IdIndex();
    sightings.forEach((sighting, position) => index.set(sighting.id, position));
    rememberPositions(sightings, index);
    const merged = mergeSightings([{ sourceId: 'only', sightings, uniqueIds: true }]);
    expect(merged.positions?.isBuilt).toBe(true);
    expect(merged.positions?.byId.get('b')).toBe(merged.sightings[1]);
    expect(merged.sourceIdsById.get('a')).toEqual(['only']);
  });

  it('keeps the first of two entries of one feed under the same id', () => {
    const first = createSighting({ id: 'x', caption: 'first' });
    const merged = mergeSightings([{ sourceId: 'only', sightings: [first, createSighting({ id: 'x', caption: 'second' })] }]);
    expect(merged.sightings).toEqual([first]);
    expect(merged.sourceIdsById.get('x')).toEqual(['only']);
  });

  it('merges reports with different ids whose source links normalise to the same post', () => {
    const merged = mergeSightings([
      { sourceId: 'a', sightings: [createSighting({ id: 'a-1', url: 'https://www.tiktok.com/@rail/video/7054?is_from_webapp=1' })] },
      { sourceId: 'b', sightings: [createSighting({ id: 'b-9', url: 'https://m.tiktok.com/@rail/video/7054/?utm_source=copy' })] },
    ]);
    expect(merged.sightings.map((s) => s.id)).toEqual(['a-1']);
    expect(merged.sourceIdsById.get('a-1')).toEqual(['a', 'b']);
    expect(merged.mergedIdsById.get('a-1')).toEqual(['b-9']);
    expect(merged.representativeOf.get('b-9')).toBe('a-1');
  });

  it('keeps two entries of one feed that share a link apart', () => {
    const url = 'https://t.me/belzhd_watch/4821';
    const merged = mergeSightings([{ sourceId: 'a', sightings: [createSighting({ id: 'x', url }), createSighting({ id: 'y', url, lat: 51.9 })] }]);
    expect(merged.sightings.map((s) => s.id)).toEqual(['x', 'y']);
    expect(merged.sourceIdsById.get('y')).toEqual(['a']);
  });

  it('folds a third report in by the id of a report merged earlier', () => {
    const merged = mergeSightings([
      { sourceId: 'a', sightings: [createSighting({ id: 'a-1', url: 'https://vk.com/wall-1_2' })] },
      { sourceId: 'b', sightings: [createSighting({ id: 'b-1', url: 'https://m.vk.com/wall-1_2' })] },
      { sourceId: 'c', sightings: [createSighting({ id: 'b-1' })] },
    ]);
    expect(merged.sightings.map((s) => s.id)).toEqual(['a-1']);
    expect(merged.sourceIdsById.get('a-1')).toEqual(['a', 'b', 'c']);
    expect(merged.mergedIdsById.get('a-1')).toEqual(['b-1']);
  });

  it('keeps distinct sightings distinct, in first-seen order', () => {
    const merged = mergeSightings([
      { sourceId: 'a', sightings: [createSighting({ id: '1', url: 'https://t.me/x/1' }), createSighting({ id: '2' })] },
      { sourceId: 'b', sightings: [createSighting({ id: '3', url: 'https://t.me/x/2' })] },
    ]);
    expect(merged.sightings.map((s) => s.id)).toEqual(['1', '2', '3']);
    expect([...merged.sourceIdsById.entries()]).toEqual([
      ['1', ['a']],
      ['2', ['a']],
      ['3', ['b']],
    ]);
  });

  it('ignores links that are not http(s) when comparing', () => {
    const merged = mergeSightings([
      { sourceId: 'a', sightings: [createSighting({ id: '1', url: 'javascript:alert(1)' })] },
      { sourceId: 'b', sightings: [createSighting({ id: '2', url: 'javascript:alert(1)' })] },
    ]);
    expect(merged.sightings.map((s) => s.id)).toEqual(['1', '2']);
  });
});

describe('sources known to have unique ids', () => {
  it('merge exactly as sources that are not, whatever ids and links the last one shares with earlier ones', () => {
    // Seeded: three feeds whose ids and links overlap in every way the merge tells apart.
    let seed = 7;
    const next = (n: number) => ((seed = (Math.imul(seed, 48271) >>> 0) % 2147483647), seed % n);
    const feed = (sourceId: string, prefix: string, count: number) => {
      const ids = new Set<string>();
      const sightings: Sighting[] = [];
      while (sightings.length < count) {
        const id = next(3) === 0 ? `shared-${next(40)}` : `${prefix}-${next(60)}`;
        if (ids.has(id)) continue;
        ids.add(id);
        sightings.push(createSighting({ id, ...(next(2) === 0 ? { url: `https://t.me/rail/${next(30)}` } : {}) }));
      }
      return { sourceId, sightings };
    };
    const sources = [feed('a', 'a', 25), feed('b', 'b', 25), feed('c', 'c', 40)];
    const plain = mergeSightings(sources);
    const unique = mergeSightings(sources.map((source) => ({ ...source, uniqueIds: true })));
    expect(plain.mergedIdsById.size).toBeGreaterThan(0);
    expect(unique.sightings).toEqual(plain.sightings);
    expect([...unique.sourceIdsById]).toEqual([...plain.sourceIdsById]);
    expect([...unique.mergedIdsById]).toEqual([...plain.mergedIdsById]);
    expect([...unique.representativeOf]).toEqual([...plain.representativeOf]);
  });
});

describe('source keys computed elsewhere', () => {
  it('computes one key per sighting, null without a usable link', () => {
    const sightings = [
      createSighting({ id: 'a', url: 'https://m.vk.com/wall-1_2?utm_source=x' }),
      createSighting({ id: 'b' }),
      createSighting({ id: 'c', url: 'javascript:alert(1)' }),
    ];
    expect(sourceKeysOf(sightings)).toEqual(['vk.com/wall-1_2', null, null]);
  });

  it('merges by the remembered key instead of normalising the link again', () => {
    // Keys that normalising would never give: if they are used, the links were not read.
    const first = createSighting({ id: 'a', url: 'https://t.me/rail/1' });
    const second = createSighting({ id: 'b', url: 'https://t.me/rail/2' });
    const third = createSighting({ id: 'c', url: 'https://t.me/rail/1' });
    const feed = [first];
    const imported = [second, third];
    rememberSourceKeys(feed, ['same-post']);
    rememberSourceKeys(imported, ['same-post', null]);
    const merged = mergeSightings([
      { sourceId: 'feed', sightings: feed },
      { sourceId: 'import:a', sightings: imported },
    ]);
    expect(merged.sightings.map((s) => s.id)).toEqual(['a', 'c']);
    expect(merged.mergedIdsById.get('a')).toEqual(['b']);
  });

  it('refuses keys that do not line up with the sightings', () => {
    expect(() => rememberSourceKeys([createSighting({ id: 'a' })], [])).toThrow('0 source keys for 1 sightings.');
  });
});
