// A batch of sightings as a few flat arrays, for posting from a feed worker to the main
// thread. Structured-cloning the sightings as objects cost both ends more than reading them:
// at a million sightings, 3.0 s of the workers' time to write and 3.3 s of the main thread's to
// read (traced). Here each object's keys are not written at all, the numbers and flags travel
// as typed arrays, and the strings many sightings share (platform, author, status, hashtags,
// equipment words, locomotive…) are written once per batch, as are hashtag and equipment
// lists. Ids, dates, links, captions and places are mostly unique and go as they are.

import type { EquipmentItem, Sighting } from './sighting-schema.ts';
import {
  ABSENT,
  ABSENT_TEXT,
  DERIVED_EQUIPMENT,
  DERIVED_LOCOMOTIVE,
  DERIVED_OPERATOR,
  ECHELON,
  FIRST_NUMBER_BIT,
  IN_PROSE,
  NUMBER_FIELDS,
  NUMBERS_PER_SIGHTING,
  SHARED_FIELDS,
  TEXTS_PER_SIGHTING,
  UNIQUE_FIELDS,
  type PackedSightings,
} from './sighting-pack-layout.ts';

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
  const plain: string[] = [];
  const prose: string[] = [];
  const textLengths = new Int32Array(count * TEXTS_PER_SIGHTING);
  const sharedCodes = new Uint32Array(count * SHARED_FIELDS.length);
  const numbers = new Float64Array(count * NUMBERS_PER_SIGHTING);
  const flags = new Uint8Array(count);
  const hashtagList = new Uint32Array(count);
  const hashtagLists = new Map<string, number>([['', 0]]);
  const hashtagListLengths: number[] = [];
  const hashtagCodes: number[] = [];
  const equipmentList = new Uint32Array(count);
  const equipmentLists = new Map<string, number>([['', 0]]);
  const equipmentListLengths: number[] = [];
  const equipmentListItems: number[] = [];
  const equipmentItems = new Map<string, number>();
  const equipment: number[] = [];
  const itemAt = (item: EquipmentItem): number => {
    const fields = [code(item.kind), code(item.model), item.count ?? Number.NaN, code(item.evidence)] as const;
    const key = fields.join(',');
    let at = equipmentItems.get(key);
    if (at === undefined) {
      at = equipmentItems.size;
      equipmentItems.set(key, at);
      equipment.push(...fields);
    }
    return at;
  };
  const extras: PackedSightings['extras'] = [];
  for (let i = 0; i < count; i++) {
    const sighting = sightings[i]!;
    const textAt = i * TEXTS_PER_SIGHTING;
    plain.push(sighting.id);
    textLengths[textAt] = sighting.id.length;
    for (let f = 0; f < UNIQUE_FIELDS.length; f++) {
      const value = sighting[UNIQUE_FIELDS[f]!];
      if (value === undefined) {
        textLengths[textAt + 1 + f] = ABSENT_TEXT;
        continue;
      }
      (IN_PROSE[f] ? prose : plain).push(value);
      textLengths[textAt + 1 + f] = value.length;
    }
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
    hashtagList[i] = listAt(sighting.hashtags.map(code), hashtagLists, hashtagListLengths, hashtagCodes);
    equipmentList[i] = listAt(sighting.equipment.map(itemAt), equipmentLists, equipmentListLengths, equipmentListItems);
    for (const key in sighting.extra) {
      if (Object.hasOwn(sighting.extra, key)) {
        extras.push({ at: i, extra: sighting.extra });
        break;
      }
    }
  }
  return {
    count,
    plain: plain.join(''),
    prose: prose.join(''),
    textLengths,
    shared,
    sharedCodes,
    numbers,
    flags,
    hashtagList,
    hashtagListLengths: Uint32Array.from(hashtagListLengths),
    hashtagCodes: Uint32Array.from(hashtagCodes),
    equipmentList,
    equipmentListLengths: Uint32Array.from(equipmentListLengths),
    equipmentListItems: Uint32Array.from(equipmentListItems),
    equipment: Float64Array.from(equipment),
    extras,
  };
}

/** The number of the list `members` in `lists`, adding it (its length to `lengths`, its members to `written`) when new. */
function listAt(members: readonly number[], lists: Map<string, number>, lengths: number[], written: number[]): number {
  const key = members.join(',');
  let at = lists.get(key);
  if (at === undefined) {
    at = lists.size;
    lists.set(key, at);
    lengths.push(members.length);
    written.push(...members);
  }
  return at;
}
