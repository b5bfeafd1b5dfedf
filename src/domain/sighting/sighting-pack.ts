// A batch of sightings as a few flat arrays, for posting from a feed worker to the main
// thread. Structured-cloning the sightings as objects cost both ends more than reading them:
// at a million sightings, 3.0 s of the workers' time to write and 3.3 s of the main thread's to
// read (traced). Here each object's keys are not written at all, the numbers and flags travel
// as typed arrays, and the strings many sightings share (platform, author, status, hashtags,
// equipment words, locomotive…) are written once per batch. Ids, dates, links, captions and
// places are mostly unique and go as they are.

import type { EquipmentItem, Sighting } from './sighting-schema.ts';

/** Optional string fields that are mostly unique to their sighting. */
const UNIQUE_FIELDS = ['observedAt', 'postedAt', 'url', 'archivedUrl', 'caption', 'place'] as const;
/** String fields (optional but `status`) that many sightings share. */
const SHARED_FIELDS = ['platform', 'author', 'precision', 'locomotive', 'operator', 'status'] as const;
/** Optional number fields; a bit of `flags` says whether each is present. */
const NUMBER_FIELDS = ['uncertaintyKm', 'headingDeg', 'wagons'] as const;
const STATUS_AT = SHARED_FIELDS.indexOf('status');

const ECHELON = 1;
const DERIVED_EQUIPMENT = 2;
const DERIVED_LOCOMOTIVE = 4;
const DERIVED_OPERATOR = 8;
/** Bit of the first of NUMBER_FIELDS; the others follow. */
const FIRST_NUMBER_BIT = 16;
/** Per equipment item in `equipment`: kind, model, count and evidence. */
const EQUIPMENT_STRIDE = 4;
/** The shared-string code of an absent value. */
const ABSENT = 0;

export interface PackedSightings {
  count: number;
  ids: string[];
  /** UNIQUE_FIELDS of each sighting in turn, undefined where absent. */
  unique: (string | undefined)[];
  /** Strings shared between sightings, each once; code c stands for shared[c - 1], 0 for none. */
  shared: string[];
  /** SHARED_FIELDS of each sighting in turn, as codes. */
  sharedCodes: Uint32Array;
  /** lon, lat, then NUMBER_FIELDS (0 where absent) of each sighting in turn. */
  numbers: Float64Array;
  flags: Uint8Array;
  hashtagCounts: Uint32Array;
  hashtagCodes: Uint32Array;
  equipmentCounts: Uint32Array;
  /** EQUIPMENT_STRIDE numbers per item: codes of kind, model and evidence; count or NaN. */
  equipment: Float64Array;
  /** The sightings whose `extra` holds anything, by position, in order. */
  extras: { at: number; extra: Record<string, unknown> }[];
}

const NUMBERS_PER_SIGHTING = 2 + NUMBER_FIELDS.length;

export function packSightings(sightings: readonly Sighting[]): PackedSightings {
  const count = sightings.length;
  const shared: string[] = [];
  const codes = new Map<string, number>();
  const code = (value: string | undefined): number => {
    if (value === undefined) return ABSENT;
    let found = codes.get(value);
    if (found === undefined) {
      shared.push(value);
      found = shared.length;
      codes.set(value, found);
    }
    return found;
  };
  const ids = new Array<string>(count);
  const unique = new Array<string | undefined>(count * UNIQUE_FIELDS.length);
  const sharedCodes = new Uint32Array(count * SHARED_FIELDS.length);
  const numbers = new Float64Array(count * NUMBERS_PER_SIGHTING);
  const flags = new Uint8Array(count);
  const hashtagCounts = new Uint32Array(count);
  const equipmentCounts = new Uint32Array(count);
  const hashtagCodes: number[] = [];
  const equipment: number[] = [];
  const extras: PackedSightings['extras'] = [];
  for (let i = 0; i < count; i++) {
    const sighting = sightings[i]!;
    ids[i] = sighting.id;
    for (let f = 0; f < UNIQUE_FIELDS.length; f++) unique[i * UNIQUE_FIELDS.length + f] = sighting[UNIQUE_FIELDS[f]!];
    for (let f = 0; f < SHARED_FIELDS.length; f++) sharedCodes[i * SHARED_FIELDS.length + f] = code(sighting[SHARED_FIELDS[f]!]);
    const at = i * NUMBERS_PER_SIGHTING;
    numbers[at] = sighting.lon;
    numbers[at + 1] = sighting.lat;
    let bits = (sighting.militaryEchelon ? ECHELON : 0) | (sighting.derived.equipment ? DERIVED_EQUIPMENT : 0);
    bits |= (sighting.derived.locomotive ? DERIVED_LOCOMOTIVE : 0) | (sighting.derived.operator ? DERIVED_OPERATOR : 0);
    for (let f = 0; f < NUMBER_FIELDS.length; f++) {
      const value = sighting[NUMBER_FIELDS[f]!];
      if (value === undefined) continue;
      numbers[at + 2 + f] = value;
      bits |= FIRST_NUMBER_BIT << f;
    }
    flags[i] = bits;
    hashtagCounts[i] = sighting.hashtags.length;
    for (const tag of sighting.hashtags) hashtagCodes.push(code(tag));
    equipmentCounts[i] = sighting.equipment.length;
    for (const item of sighting.equipment) equipment.push(code(item.kind), code(item.model), item.count ?? Number.NaN, code(item.evidence));
    for (const key in sighting.extra) {
      if (Object.hasOwn(sighting.extra, key)) {
        extras.push({ at: i, extra: sighting.extra });
        break;
      }
    }
  }
  return {
    count,
    ids,
    unique,
    shared,
    sharedCodes,
    numbers,
    flags,
    hashtagCounts,
    hashtagCodes: Uint32Array.from(hashtagCodes),
    equipmentCounts,
    equipment: Float64Array.from(equipment),
    extras,
  };
}

/** The sightings packSightings was given, equal to them field for field (absent fields stay absent). */
export function unpackSightings(packed: PackedSightings): Sighting[] {
  const { count, ids, unique, shared, sharedCodes, numbers, flags, hashtagCounts, hashtagCodes, equipmentCounts, equipment, extras } = packed;
  const text = (code: number): string | undefined => (code === ABSENT ? undefined : shared[code - 1]);
  const sightings = new Array<Sighting>(count);
  let hashtagAt = 0;
  let equipmentAt = 0;
  let extraAt = 0;
  for (let i = 0; i < count; i++) {
    const hashtags = new Array<string>(hashtagCounts[i]!);
    for (let k = 0; k < hashtags.length; k++) hashtags[k] = text(hashtagCodes[hashtagAt++]!)!;
    const items: EquipmentItem[] = [];
    for (let k = equipmentCounts[i]!; k > 0; k--, equipmentAt += EQUIPMENT_STRIDE) {
      const item: EquipmentItem = { kind: text(equipment[equipmentAt]!) as EquipmentItem['kind'] };
      const model = text(equipment[equipmentAt + 1]!);
      if (model !== undefined) item.model = model;
      const itemCount = equipment[equipmentAt + 2]!;
      if (!Number.isNaN(itemCount)) item.count = itemCount;
      const evidence = text(equipment[equipmentAt + 3]!);
      if (evidence !== undefined) item.evidence = evidence;
      items.push(item);
    }
    const bits = flags[i]!;
    const at = i * NUMBERS_PER_SIGHTING;
    const codesAt = i * SHARED_FIELDS.length;
    // The literal shape read-feature.ts gives every sighting, so these share V8's fast paths.
    const sighting: Sighting = {
      id: ids[i]!,
      lon: numbers[at]!,
      lat: numbers[at + 1]!,
      hashtags,
      equipment: items,
      militaryEchelon: (bits & ECHELON) !== 0,
      status: text(sharedCodes[codesAt + STATUS_AT]!) as Sighting['status'],
      derived: { equipment: (bits & DERIVED_EQUIPMENT) !== 0, locomotive: (bits & DERIVED_LOCOMOTIVE) !== 0, operator: (bits & DERIVED_OPERATOR) !== 0 },
      extra: extraAt < extras.length && extras[extraAt]!.at === i ? extras[extraAt++]!.extra : {},
    };
    for (let f = 0; f < UNIQUE_FIELDS.length; f++) {
      const value = unique[i * UNIQUE_FIELDS.length + f];
      if (value !== undefined) sighting[UNIQUE_FIELDS[f]!] = value;
    }
    for (let f = 0; f < SHARED_FIELDS.length; f++) {
      const value = f === STATUS_AT ? undefined : text(sharedCodes[codesAt + f]!);
      if (value !== undefined) (sighting as unknown as Record<string, string>)[SHARED_FIELDS[f]!] = value;
    }
    for (let f = 0; f < NUMBER_FIELDS.length; f++) {
      if ((bits & (FIRST_NUMBER_BIT << f)) !== 0) sighting[NUMBER_FIELDS[f]!] = numbers[at + 2 + f]!;
    }
    sightings[i] = sighting;
  }
  return sightings;
}
