// Reads a batch packed by sighting-pack.ts back into sightings, on the main thread.

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
  STATUS_AT,
  TEXTS_PER_SIGHTING,
  UNIQUE_FIELDS,
  type PackedSightings,
} from './sighting-pack-layout.ts';

const NO_HASHTAGS: readonly string[] = Object.freeze([]);
const NO_EQUIPMENT: readonly EquipmentItem[] = Object.freeze([]);
const NO_EXTRA: Readonly<Record<string, unknown>> = Object.freeze({});
const DERIVED_FLAGS = DERIVED_EQUIPMENT | DERIVED_LOCOMOTIVE | DERIVED_OPERATOR;
/** Every `derived` value, by the sighting's flags masked with DERIVED_FLAGS. */
const DERIVED_BY_FLAGS: readonly Sighting['derived'][] = Array.from({ length: DERIVED_FLAGS + 1 }, (_, bits) =>
  Object.freeze({ equipment: (bits & DERIVED_EQUIPMENT) !== 0, locomotive: (bits & DERIVED_LOCOMOTIVE) !== 0, operator: (bits & DERIVED_OPERATOR) !== 0 }),
);

/**
 * The sightings packSightings was given, equal to them field for field (absent fields stay
 * absent). Sightings with the same hashtags, equipment, `derived` or an empty `extra` share
 * one frozen object for it: a million sightings would otherwise hold five million more
 * objects for the garbage collector to walk, and nothing changes a sighting in place (a
 * correction makes a new one), so a write to a shared value throws instead of spreading.
 */
export function unpackSightings(packed: PackedSightings): Sighting[] {
  const { count, plain, prose, textLengths, shared, sharedCodes, numbers, flags, extras } = packed;
  const text = (code: number): string | undefined => (code === ABSENT ? undefined : shared[code - 1]);
  const hashtagLists = readLists(packed.hashtagListLengths, packed.hashtagCodes, NO_HASHTAGS, (code) => text(code)!);
  const equipmentLists = readLists(packed.equipmentListLengths, packed.equipmentListItems, NO_EQUIPMENT, itemReader(packed.equipment, text));
  const sightings = new Array<Sighting>(count);
  let extraAt = 0;
  let plainAt = 0;
  let proseAt = 0;
  for (let i = 0; i < count; i++) {
    const bits = flags[i]!;
    const at = i * NUMBERS_PER_SIGHTING;
    const codesAt = i * SHARED_FIELDS.length;
    const textAt = i * TEXTS_PER_SIGHTING;
    const idEnd = plainAt + textLengths[textAt]!;
    const id = plain.slice(plainAt, idEnd);
    plainAt = idEnd;
    // The literal shape read-feature.ts gives every sighting, so these share V8's fast paths.
    const sighting: Sighting = {
      id,
      lon: numbers[at]!,
      lat: numbers[at + 1]!,
      hashtags: hashtagLists[packed.hashtagList[i]!]!,
      equipment: equipmentLists[packed.equipmentList[i]!]!,
      militaryEchelon: (bits & ECHELON) !== 0,
      status: text(sharedCodes[codesAt + STATUS_AT]!) as Sighting['status'],
      derived: DERIVED_BY_FLAGS[bits & DERIVED_FLAGS]!,
      extra: extraAt < extras.length && extras[extraAt]!.at === i ? extras[extraAt++]!.extra : NO_EXTRA,
    };
    for (let f = 0; f < UNIQUE_FIELDS.length; f++) {
      const length = textLengths[textAt + 1 + f]!;
      if (length === ABSENT_TEXT) continue;
      if (IN_PROSE[f]) {
        sighting[UNIQUE_FIELDS[f]!] = prose.slice(proseAt, proseAt + length);
        proseAt += length;
      } else {
        sighting[UNIQUE_FIELDS[f]!] = plain.slice(plainAt, plainAt + length);
        plainAt += length;
      }
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

/** One frozen array per list: `empty` for list 0, then each list of `lengths` read from `members`. */
function readLists<T>(lengths: Uint32Array, members: Uint32Array, empty: readonly T[], read: (member: number) => T): (readonly T[])[] {
  const lists: (readonly T[])[] = [empty];
  let at = 0;
  for (const length of lengths) {
    const list = new Array<T>(length);
    for (let k = 0; k < length; k++) list[k] = read(members[at++]!);
    lists.push(Object.freeze(list));
  }
  return lists;
}

/** Reads the item at a position of `equipment` (EQUIPMENT_STRIDE numbers each), each item once. */
function itemReader(equipment: Float64Array, text: (code: number) => string | undefined): (position: number) => EquipmentItem {
  const items = new Array<EquipmentItem | undefined>(equipment.length / EQUIPMENT_STRIDE);
  return (position) => {
    let item = items[position];
    if (item === undefined) {
      const at = position * EQUIPMENT_STRIDE;
      const model = text(equipment[at + 1]!);
      const itemCount = equipment[at + 2]!;
      const evidence = text(equipment[at + 3]!);
      item = { kind: text(equipment[at]!) as EquipmentItem['kind'] };
      if (model !== undefined) item.model = model;
      if (!Number.isNaN(itemCount)) item.count = itemCount;
      if (evidence !== undefined) item.evidence = evidence;
      items[position] = Object.freeze(item);
    }
    return item;
  };
}
