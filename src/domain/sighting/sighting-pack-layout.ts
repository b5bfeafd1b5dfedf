// The layout of a packed batch of sightings (sighting-pack.ts writes it, sighting-unpack.ts
// reads it), apart from both: the main thread loads the reader only, the workers the writer.

/** Optional string fields that are mostly unique to their sighting. */
export const UNIQUE_FIELDS = ['observedAt', 'postedAt', 'url', 'archivedUrl', 'caption', 'place'] as const;
/** String fields (optional but `status`) that many sightings share. */
export const SHARED_FIELDS = ['platform', 'author', 'precision', 'locomotive', 'operator', 'status'] as const;
/** Optional number fields; a bit of `flags` says whether each is present. */
export const NUMBER_FIELDS = ['uncertaintyKm', 'headingDeg', 'wagons'] as const;
export const STATUS_AT = SHARED_FIELDS.indexOf('status');
/**
 * Whether each of UNIQUE_FIELDS is prose (caption, place), written to `prose` rather than
 * `plain`: a single Cyrillic letter makes a whole string two bytes a character, and the ids,
 * dates and links, being apart from it, stay one.
 */
export const IN_PROSE: readonly boolean[] = UNIQUE_FIELDS.map((field) => field === 'caption' || field === 'place');
/** Per sighting, `textLengths` holds its id's length, then that of each of UNIQUE_FIELDS. */
export const TEXTS_PER_SIGHTING = 1 + UNIQUE_FIELDS.length;
/** The text length of an absent field. */
export const ABSENT_TEXT = -1;

export const ECHELON = 1;
export const DERIVED_EQUIPMENT = 2;
export const DERIVED_LOCOMOTIVE = 4;
export const DERIVED_OPERATOR = 8;
/** Bit of the first of NUMBER_FIELDS; the others follow. */
export const FIRST_NUMBER_BIT = 16;
/** Per equipment item in `equipment`: kind, model, count and evidence. */
export const EQUIPMENT_STRIDE = 4;
/** The shared-string code of an absent value. */
export const ABSENT = 0;

export interface PackedSightings {
  count: number;
  /**
   * Each sighting's id and its UNIQUE_FIELDS but prose, end to end, and its prose (IN_PROSE)
   * likewise: two strings instead of up to seven per sighting. Reading a batch's strings one
   * by one out of the message cost the main thread about 0.12 s per 100,000 sightings; two long
   * strings arrive in a copy each, and the fields are slices of them (V8 makes a slice of 13
   * characters or more a view, not a copy).
   */
  plain: string;
  prose: string;
  /** TEXTS_PER_SIGHTING lengths per sighting (ABSENT_TEXT where absent), in `plain` or `prose`. */
  textLengths: Int32Array;
  /** Strings shared between sightings, each once; code c stands for shared[c - 1], 0 for none. */
  shared: string[];
  /** SHARED_FIELDS of each sighting in turn, as codes. */
  sharedCodes: Uint32Array;
  /** lon, lat, then NUMBER_FIELDS (0 where absent) of each sighting in turn. */
  numbers: Float64Array;
  flags: Uint8Array;
  /**
   * Hashtag and equipment lists are written once per batch however many sightings carry them
   * (a feed's captions repeat a small vocabulary: "#военныйэшелон #танки" on thousands of
   * clips), and each sighting names its list; the main thread then makes one frozen array per
   * list instead of one per sighting, which keeps the objects the page holds (and the
   * collector walks) fewer. List 0 is the empty list in both tables.
   */
  hashtagList: Uint32Array;
  /** Per hashtag list after the empty one, its length; its codes follow in `hashtagCodes`. */
  hashtagListLengths: Uint32Array;
  hashtagCodes: Uint32Array;
  equipmentList: Uint32Array;
  /** Per equipment list after the empty one, its length; its items follow in `equipmentListItems`. */
  equipmentListLengths: Uint32Array;
  /** Positions of items in `equipment`, in list order. */
  equipmentListItems: Uint32Array;
  /** The batch's distinct equipment items, EQUIPMENT_STRIDE numbers each: codes of kind, model and evidence; count or NaN. */
  equipment: Float64Array;
  /** The sightings whose `extra` holds anything, by position, in order. */
  extras: { at: number; extra: Record<string, unknown> }[];
}

export const NUMBERS_PER_SIGHTING = 2 + NUMBER_FIELDS.length;
