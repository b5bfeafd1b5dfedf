import { describe, expect, it } from 'vitest';
import type { Sighting } from '../sighting/sighting-schema';
import { applyAnnotations } from '../workspace/apply-annotations';
import type { ExploreSighting } from './explore-sighting';
import { carryColumns, joinColumns, rememberColumns, SightingColumnsBuilder, sightingColumns, type SightingColumns } from './sighting-columns';

function sighting(index: number, overrides: Partial<Sighting> = {}): Sighting {
  return {
    id: `s-${index}`,
    lon: 24 + index / 100,
    lat: 50 + index / 200,
    observedAt: `2022-02-${String(1 + (index % 28)).padStart(2, '0')}T10:00:00Z`,
    hashtags: [],
    equipment: [],
    militaryEchelon: true,
    // A copy, not the literal: sightings from a worker each carry their own string.
    status: ['confirmed', 'unverified', 'disputed'][index % 3]!.split('').join('') as Sighting['status'],
    derived: { equipment: false, locomotive: false, operator: false },
    extra: {},
    ...overrides,
  };
}

const list = (count: number) => Array.from({ length: count }, (_, index) => sighting(index));

/** The columns read one sighting at a time, the plain way, to compare against. */
function readPlainly(sightings: readonly ExploreSighting[]): SightingColumns {
  return {
    timesMs: Float64Array.from(sightings, (s) => {
      const observed = s.observedAt === undefined ? Number.NaN : Date.parse(s.observedAt);
      return Number.isNaN(observed) && s.postedAt !== undefined ? Date.parse(s.postedAt) : observed;
    }),
    statuses: sightings.map((s) => s.annotation?.status ?? s.status),
    lons: Float64Array.from(sightings, (s) => s.lon),
    lats: Float64Array.from(sightings, (s) => s.lat),
  };
}

describe('sightingColumns', () => {
  it('reads each sighting’s date (the posting date when undated), status and place, index for index', () => {
    const sightings = [...list(5), sighting(5, { observedAt: undefined, postedAt: '2022-03-01T00:00:00Z' }), sighting(6, { observedAt: undefined })];
    const columns = sightingColumns(sightings);
    expect(columns).toEqual(readPlainly(sightings));
    expect(columns.timesMs[5]).toBe(Date.UTC(2022, 2, 1));
    expect(columns.timesMs[6]).toBeNaN();
  });

  it('reads a list once and hands the same columns back after', () => {
    const sightings = list(4);
    expect(sightingColumns(sightings)).toBe(sightingColumns(sightings));
    expect(sightingColumns([...sightings])).not.toBe(sightingColumns(sightings));
  });
});

describe('SightingColumnsBuilder', () => {
  it('reads a list slice by slice, past its first capacity, to the same columns as at once', () => {
    const sightings = list(50);
    const builder = new SightingColumnsBuilder(4);
    for (let end = 7; end <= 56; end += 7) builder.append(sightings.slice(0, Math.min(end, 50)), builder.count);
    expect(builder.count).toBe(50);
    expect(builder.finish()).toEqual(readPlainly(sightings));
  });
});

describe('rememberColumns', () => {
  it('serves columns read elsewhere instead of reading the list', () => {
    const sightings = list(2);
    const elsewhere = { ...readPlainly(sightings), timesMs: Float64Array.of(1, 2) };
    rememberColumns(sightings, elsewhere);
    expect(sightingColumns(sightings)).toBe(elsewhere);
  });

  it('refuses columns of another length', () => {
    expect(() => rememberColumns(list(3), readPlainly(list(2)))).toThrow('Columns of 2 for 3 sightings.');
  });
});

describe('carryColumns', () => {
  it('hands columns to a copy of the list without reading it', () => {
    const sightings = list(10);
    const remembered = sightingColumns(sightings);
    const copy = applyAnnotations(sightings, []);
    carryColumns(sightings, copy);
    expect(sightingColumns(copy)).toBe(remembered);
  });

  it('reads again only the annotated entries, and leaves the first list’s columns as they were', () => {
    const sightings = list(10);
    const before = readPlainly(sightings);
    sightingColumns(sightings);
    const annotated = applyAnnotations(sightings, [
      { sightingId: 's-2', pinned: false, note: '', tags: [], status: 'confirmed' },
      { sightingId: 's-7', pinned: false, note: '', tags: [], correctedLocation: { lon: 30.5, lat: 51.25 } },
    ]);
    carryColumns(sightings, annotated);
    const carried = sightingColumns(annotated);
    expect(carried).toEqual(readPlainly(annotated));
    expect(carried.statuses[2]).toBe('confirmed');
    expect([carried.lons[7], carried.lats[7]]).toEqual([30.5, 51.25]);
    expect(sightingColumns(sightings)).toEqual(before);
  });

  it('leaves a list of another length to be read when asked', () => {
    const sightings = list(6);
    sightingColumns(sightings);
    const fewer = sightings.slice(1);
    carryColumns(sightings, fewer);
    expect(sightingColumns(fewer)).toEqual(readPlainly(fewer));
  });
});

describe('joinColumns', () => {
  it('gives a merge of several lists the columns a fresh read would, from the lists\' own', () => {
    const first = list(5);
    const second = list(7).map((sighting, index) => ({ ...sighting, id: `b${index}`, lon: sighting.lon + 1 }));
    const third = list(3).map((sighting, index) => ({ ...sighting, id: `c${index}`, status: 'disputed' as const }));
    // Every list's columns remembered, and visibly not a fresh read, so the join must copy them.
    const marked = (sightings: typeof first) => {
      const columns = readPlainly(sightings);
      columns.lats = columns.lats.map((lat) => lat + 100);
      rememberColumns(sightings, columns);
      return columns;
    };
    const [a, b, c] = [marked(first), marked(second), marked(third)];
    // Some entries folded into earlier ones (left out), and the second list's last two gone.
    const merged = [first[0]!, first[2]!, first[3]!, first[4]!, second[1]!, second[2]!, second[4]!, third[0]!, third[2]!];
    joinColumns([first, second, third], merged);
    const pick = (columns: SightingColumns, positions: number[]) => positions.map((p) => [columns.timesMs[p], columns.statuses[p], columns.lons[p], columns.lats[p]]);
    const joined = sightingColumns(merged);
    expect(Array.from({ length: merged.length }, (_, i) => [joined.timesMs[i], joined.statuses[i], joined.lons[i], joined.lats[i]])).toEqual([
      ...pick(a, [0, 2, 3, 4]),
      ...pick(b, [1, 2, 4]),
      ...pick(c, [0, 2]),
    ]);
  });

  it('leaves a list that is not such a merge to be read when asked', () => {
    const first = list(4);
    const second = list(4).map((sighting, index) => ({ ...sighting, id: `b${index}` }));
    const stranger = { ...first[1]! };
    // Out of the lists' order, and an entry that is in none of them.
    for (const notAMerge of [[second[0]!, first[0]!], [first[0]!, stranger]]) {
      joinColumns([first, second], notAMerge);
      expect(sightingColumns(notAMerge)).toEqual(readPlainly(notAMerge));
    }
  });
});

