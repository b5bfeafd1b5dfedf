import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed';
import type { Sighting } from './sighting-schema';
import { packSightings } from './sighting-pack';
import { unpackSightings } from './sighting-unpack';
import { testSighting } from './test-sighting';

/** Through the structured clone a worker's message goes through, as the main thread gets it. */
const roundTrip = (sightings: readonly Sighting[]) => unpackSightings(structuredClone(packSightings(sightings)));

function parsed(path: string): Sighting[] {
  const result = parseFeed(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${result.error.message}`);
  return result.sightings;
}

// Every field set: a field added to Sighting and forgotten by the packer fails to compile here
// (Required) or fails the round trip below.
const everything: Required<Sighting> = {
  id: 'all-fields',
  lon: 30.98,
  lat: -0,
  observedAt: '2022-02-01T10:00:00Z',
  postedAt: '2022-02-01T12:30:00+03:00',
  platform: 'telegram',
  url: 'https://t.me/example/1',
  archivedUrl: 'https://web.archive.org/web/2022/https://t.me/example/1',
  author: '@spotter',
  caption: 'Эшелон <b>танки</b> \u202Eevil\u202C #танки',
  hashtags: ['танки', 'вл10', 'военныйэшелон'],
  place: 'Homel',
  uncertaintyKm: 0,
  precision: 'town',
  headingDeg: 359.5,
  equipment: [
    { kind: 'tank', model: 'T-72B3', count: 12, evidence: '#танки' },
    { kind: 'truck', count: 0 },
    { kind: 'other' },
  ],
  locomotive: 'VL10U',
  operator: 'BCh',
  militaryEchelon: true,
  wagons: 41,
  status: 'geolocated',
  derived: { equipment: false, locomotive: true, operator: false },
  extra: { source: { channelId: 7 }, nested: [1, { deep: 'x' }] },
};

const bare: Sighting = testSighting({ id: 'bare', lon: 24, lat: 52 });

describe('packSightings / unpackSightings', () => {
  it('gives back a sighting with every field, and one with none, exactly (no field added as undefined)', () => {
    expect(roundTrip([everything, bare, everything])).toStrictEqual([everything, bare, everything]);
  });

  it('gives back the sample feed and the hostile fixture as parseFeed read them', () => {
    for (const path of ['public/feeds/sample.geojson', 'e2e/fixtures/hostile/hostile.geojson', 'e2e/fixtures/echelons.geojson']) {
      const sightings = parsed(path);
      expect(sightings.length).toBeGreaterThan(0);
      expect(roundTrip(sightings)).toStrictEqual(sightings);
    }
  });

  it('writes a string that many sightings share once, and a hashtag or equipment list once', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ ...everything, id: `s${i}`, extra: {}, hashtags: [...everything.hashtags], equipment: everything.equipment.map((item) => ({ ...item })) }));
    const packed = packSightings(many);
    expect(packed.shared.filter((text) => text === 'танки')).toHaveLength(1);
    expect(packed.shared.filter((text) => text === '@spotter')).toHaveLength(1);
    expect([...packed.hashtagListLengths]).toEqual([everything.hashtags.length]);
    expect([...packed.equipmentListLengths]).toEqual([everything.equipment.length]);
    expect(packed.extras).toEqual([]);
    expect(unpackSightings(structuredClone(packed))).toStrictEqual(many);
  });

  it('tells apart lists that differ in order, length or any field of an item', () => {
    const tank = { kind: 'tank', model: 'T-72B3', count: 12, evidence: '#танки' } as const;
    const variants: Sighting[] = [
      { ...bare, id: 'a', hashtags: ['танки', 'вл10'], equipment: [tank] },
      { ...bare, id: 'b', hashtags: ['вл10', 'танки'], equipment: [tank, { kind: 'truck' }] },
      { ...bare, id: 'c', hashtags: ['танки'], equipment: [{ ...tank, count: 0 }] },
      { ...bare, id: 'd', hashtags: ['танки', 'вл10', 'танки,вл10'], equipment: [{ kind: 'tank', model: 'T-72B3', evidence: '#танки' }] },
      { ...bare, id: 'e', hashtags: ['', 'танки'], equipment: [{ kind: 'tank', model: 'T-72B3', count: 12 }] },
      { ...bare, id: 'f', hashtags: [], equipment: [{ kind: 'tank', count: 12, evidence: '#танки' }] },
      { ...bare, id: 'g', hashtags: ['танки', 'вл10'], equipment: [tank] },
    ];
    const back = roundTrip(variants);
    expect(back).toStrictEqual(variants);
    expect(back[6]!.hashtags).toBe(back[0]!.hashtags);
    expect(back[6]!.equipment).toBe(back[0]!.equipment);
    for (let i = 1; i < 6; i++) {
      expect(back[i]!.hashtags).not.toBe(back[0]!.hashtags);
      expect(back[i]!.equipment).not.toBe(back[0]!.equipment);
    }
  });

  it('tells lists apart past three members and past 65,536 shared strings in a batch', () => {
    const long = ['a', 'b', 'c', 'd', 'e'];
    const sightings: Sighting[] = [
      { ...bare, id: 'long-1', hashtags: long },
      { ...bare, id: 'long-2', hashtags: [...long.slice(0, 4), 'f'] },
      { ...bare, id: 'long-3', hashtags: [...long] },
    ];
    // Enough distinct tags that later codes no longer fit in 16 bits.
    for (let i = 0; i < 33_000; i++) sightings.push({ ...bare, id: `many-${i}`, hashtags: [`x${i}`, `y${i}`] });
    sightings.push({ ...bare, id: 'late-1', hashtags: ['x32999', 'y32999'] }, { ...bare, id: 'late-2', hashtags: ['y32999', 'x32999'] });
    const packed = packSightings(sightings);
    expect(packed.shared.length).toBeGreaterThan(0x10000);
    const back = unpackSightings(structuredClone(packed));
    expect(back).toStrictEqual(sightings);
    expect(back[2]!.hashtags).toBe(back[0]!.hashtags);
    expect(back[1]!.hashtags).not.toBe(back[0]!.hashtags);
    expect(back.at(-2)!.hashtags).toBe(back.at(-3)!.hashtags);
    expect(back.at(-1)!.hashtags).not.toBe(back.at(-2)!.hashtags);
  });

  it('shares what sightings have in common as frozen values, so a write to one cannot reach another', () => {
    const twins = [everything, { ...everything, id: 'twin', extra: {} }, { ...bare, id: 'bare-twin' }, bare];
    const back = roundTrip(twins);
    expect(back).toStrictEqual(twins);
    const [first, second, bareTwin, bareBack] = back as [Sighting, Sighting, Sighting, Sighting];
    expect(second.hashtags).toBe(first.hashtags);
    expect(second.equipment).toBe(first.equipment);
    expect(second.derived).toBe(first.derived);
    expect(bareTwin.extra).toBe(bareBack.extra);
    // A non-empty extra is the sighting's own.
    expect(first.extra).not.toBe(second.extra);
    expect(() => (first.hashtags as string[]).push('changed')).toThrow(TypeError);
    expect(() => ((first.equipment[0] as { count?: number }).count = 1)).toThrow(TypeError);
    expect(() => ((first.derived as { locomotive: boolean }).locomotive = false)).toThrow(TypeError);
    expect(() => ((bareTwin.extra as Record<string, unknown>).added = 1)).toThrow(TypeError);
    expect(second.hashtags).toEqual(everything.hashtags);
    expect(second.equipment).toEqual(everything.equipment);
    expect(bareBack.extra).toEqual({});
  });

  it('gives back texts exactly, whatever they hold: empty, Cyrillic ids, lone surrogates, astral letters', () => {
    const odd: Sighting[] = [
      { ...bare, id: 'эшелон-1', caption: '', place: 'Гомель', url: '' },
      { ...bare, id: '', caption: '\uD800 half a pair', observedAt: '2022-02-01T10:00:00Z' },
      { ...bare, id: '\uDFFF', caption: '𝔗𝔞𝔫𝔨 🚂', place: '', archivedUrl: 'https://archive.org/x' },
      { ...bare, id: 'last', postedAt: '2022-02-02T00:00:00Z' },
    ];
    const back = roundTrip(odd);
    expect(back).toStrictEqual(odd);
    // Neighbours stay apart: no field takes a character of the next one.
    expect(back.map((sighting) => sighting.id)).toEqual(['эшелон-1', '', '\uDFFF', 'last']);
  });

  it('packs an empty batch', () => {
    expect(roundTrip([])).toEqual([]);
  });
});
