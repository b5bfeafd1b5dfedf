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
  EQUIPMENT_STRIDE,
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
  const hashtagLists = new ListTable();
  const equipmentList = new Uint32Array(count);
  const equipmentLists = new ListTable();
  // Items by count (NaN for none), then by the codes of kind, model and evidence.
  const itemsByCount = new Map<number, TupleMap>();
  const equipment: number[] = [];
  // Scratch tuples, reused: the tables copy what they keep.
  const members: number[] = [];
  const itemCodes = [ABSENT, ABSENT, ABSENT];
  const itemAt = (item: EquipmentItem): number => {
    const itemCount = item.count ?? Number.NaN;
    let items = itemsByCount.get(itemCount);
    if (items === undefined) itemsByCount.set(itemCount, (items = new TupleMap()));
    itemCodes[0] = code(item.kind);
    itemCodes[1] = code(item.model);
    itemCodes[2] = code(item.evidence);
    let at = items.get(itemCodes);
    if (at === undefined) {
      at = equipment.length / EQUIPMENT_STRIDE;
      items.set(itemCodes, at);
      equipment.push(itemCodes[0]!, itemCodes[1]!, itemCount, itemCodes[2]!);
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
    members.length = 0;
    for (const tag of sighting.hashtags) members.push(code(tag));
    hashtagList[i] = hashtagLists.numberOf(members);
    members.length = 0;
    for (const item of sighting.equipment) members.push(itemAt(item));
    equipmentList[i] = equipmentLists.numberOf(members);
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
    hashtagListLengths: Uint32Array.from(hashtagLists.lengths),
    hashtagCodes: Uint32Array.from(hashtagLists.members),
    equipmentList,
    equipmentListLengths: Uint32Array.from(equipmentLists.lengths),
    equipmentListItems: Uint32Array.from(equipmentLists.members),
    equipment: Float64Array.from(equipment),
    extras,
  };
}

/**
 * Values by tuples of whole numbers ≥ 0 (string codes, positions). A tuple of up to three
 * numbers under 2^16, the common case, is keyed by one number made of them; joining every
 * tuple into a string key made packing a batch half as slow again.
 */
class TupleMap {
  private readonly byNumber = new Map<number, number>();
  private readonly byText = new Map<string, number>();

  get(tuple: readonly number[]): number | undefined {
    const key = numberKey(tuple);
    return key === undefined ? this.byText.get(tuple.join(',')) : this.byNumber.get(key);
  }

  set(tuple: readonly number[], value: number): void {
    const key = numberKey(tuple);
    if (key === undefined) this.byText.set(tuple.join(','), value);
    else this.byNumber.set(key, value);
  }
}

const MEMBER_LIMIT = 0x10000;

/** The tuple's members in 16 bits each and its length above them (exact: under 2^53), or undefined. */
function numberKey(tuple: readonly number[]): number | undefined {
  if (tuple.length > 3) return undefined;
  let key = tuple.length * MEMBER_LIMIT ** 3;
  for (let k = 0, scale = 1; k < tuple.length; k++, scale *= MEMBER_LIMIT) {
    const member = tuple[k]!;
    if (member >= MEMBER_LIMIT) return undefined;
    key += member * scale;
  }
  return key;
}

/** Numbers distinct lists from 1 in the order first seen (0 is the empty list), writing each new one out once. */
class ListTable {
  /** The length of each list numbered 1, 2, …; `members` holds their members end to end. */
  readonly lengths: number[] = [];
  readonly members: number[] = [];
  private readonly numbers = new TupleMap();

  numberOf(list: readonly number[]): number {
    if (list.length === 0) return 0;
    let number = this.numbers.get(list);
    if (number === undefined) {
      this.lengths.push(list.length);
      this.members.push(...list);
      number = this.lengths.length;
      this.numbers.set(list, number);
    }
    return number;
  }
}
