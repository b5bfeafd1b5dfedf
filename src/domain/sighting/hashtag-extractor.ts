import {
  ECHELON_WORDS,
  EQUIPMENT_ROWS,
  FUEL_CONTEXT,
  LOCOMOTIVE_FAMILIES,
  LOCOMOTIVE_NAMES,
  OPERATOR_ROWS,
  PARADIGMS,
  type EquipmentRow,
  type WordEntry,
} from './hashtag-table';
import { isSearchWordCharAt, normaliseForSearch } from './search-normalise';
import type { EquipmentKind, Operator } from './sighting-schema';

/*
 * Turns hashtags and caption text into equipment kinds, a locomotive class, a railway
 * operator and a military-echelon flag, using the tables in hashtag-table.ts. Every table
 * entry and every token goes through normaliseForSearch, so matching is one Map lookup.
 */

export interface DerivedEquipment {
  kind: EquipmentKind;
  model?: string;
  /** A number written right before the word, e.g. "5 танков". */
  count?: number;
  /** The token the kind was read from, as written ("#танки", "танков"). */
  evidence: string;
}

export interface ExtractedHints {
  /** One entry per kind, in order of first mention. */
  equipment: DerivedEquipment[];
  /** Canonical Latin class ("VL10U"); the series ("VL10") when several variants of one series are named. */
  locomotive?: string;
  /** Every distinct class named, in order. */
  locomotives: string[];
  operator?: Operator;
  militaryEchelon: boolean;
}

type EchelonSignal = keyof typeof ECHELON_WORDS | 'fuel';

type Meaning =
  | { type: 'equipment'; row: EquipmentRow }
  | { type: 'operator'; operator: Operator; hashtagOnly: boolean }
  | { type: 'signal'; signal: EchelonSignal }
  | { type: 'locomotive'; locomotive: string };


const singleIndex = new Map<string, Meaning[]>();
const phraseIndex = new Map<string, Meaning[]>();
/** First words of phrases, so most tokens skip the phrase check. */
const phraseStarts = new Set<string>();
const prefixRows: { key: string; row: EquipmentRow }[] = [];
let longestPhrase = 1;

function add(index: Map<string, Meaning[]>, key: string, meaning: Meaning): void {
  if (key === '') return;
  const list = index.get(key);
  if (list) list.push(meaning);
  else index.set(key, [meaning]);
}

function register(entry: WordEntry, meaning: Meaning): void {
  const endings = entry.inflect ? PARADIGMS[entry.inflect] : [''];
  for (const word of entry.words) {
    for (const ending of endings) {
      const form = word + ending;
      const perWord = normaliseForSearch(form).split(' ');
      // A phrase is met either as separate caption words or glued into one hashtag.
      if (perWord.length > 1) {
        add(phraseIndex, perWord.join(''), meaning);
        phraseStarts.add(perWord[0] ?? '');
        longestPhrase = Math.max(longestPhrase, perWord.length);
      }
      add(singleIndex, normaliseForSearch(form.replace(/\s+/g, '')), meaning);
    }
  }
}

for (const row of EQUIPMENT_ROWS) {
  register(row, { type: 'equipment', row });
  if (row.prefix) for (const word of row.words) prefixRows.push({ key: normaliseForSearch(word), row });
}
for (const row of OPERATOR_ROWS) register(row, { type: 'operator', operator: row.operator, hashtagOnly: row.hashtagOnly ?? false });
for (const [signal, entries] of Object.entries(ECHELON_WORDS) as [EchelonSignal, readonly WordEntry[]][]) {
  for (const entry of entries) register(entry, { type: 'signal', signal });
}
for (const entry of FUEL_CONTEXT) register(entry, { type: 'signal', signal: 'fuel' });
for (const entry of LOCOMOTIVE_NAMES) register(entry, { type: 'locomotive', locomotive: entry.locomotive });

const LOCOMOTIVE_CODE = /^(vl|2te|tep|te|chs|2es|3es|4es|m)(\d{1,3})([a-z]{0,3})$/;
const MAX_COUNT = 1000;

/** "VL10U" for a folded token such as "vl10u", when it names a real series. */
export function parseLocomotiveCode(key: string): string | undefined {
  const match = LOCOMOTIVE_CODE.exec(key);
  if (!match) return undefined;
  const family = LOCOMOTIVE_FAMILIES[match[1] ?? ''];
  const number = Number(match[2]);
  if (!family || !family.numbers.includes(number) || match[2]?.startsWith('0')) return undefined;
  return `${family.canonical}${number}${(match[3] ?? '').toUpperCase()}`;
}

/*
 * Feeds repeat the same tags and words thousands of times, so each written word's key and
 * meanings, and each hashtag's mentions, are memoised. The caches are cleared when full
 * rather than evicted one by one: simpler, and a feed's working set is far below the limit.
 */
const CACHE_LIMIT = 50_000;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** True for a token of digits only; most are words, which the first character settles. */
function isNumber(token: string): boolean {
  return isDigitCode(token.charCodeAt(0)) && /^\d+$/.test(token);
}

const NOTHING: readonly Meaning[] = [];

/** A word as written: its folded key ('' when nothing is left of it) and what the key means alone. */
interface Word {
  key: string;
  meanings: readonly Meaning[];
}

const words = new Map<string, Word>();

function wordOf(written: string): Word {
  return words.get(written) ?? remember(words, written, readWord(written));
}

function readWord(written: string): Word {
  const key = isNumber(written) ? written : normaliseForSearch(written).replace(/ /g, '');
  // A bare number means nothing alone (counts are read by countBefore).
  return { key, meanings: key === '' || isNumber(key) ? NOTHING : lookupUncached(key) };
}

function lookupUncached(key: string): Meaning[] {
  const exact = singleIndex.get(key);
  if (exact) return exact;
  const locomotive = parseLocomotiveCode(key);
  if (locomotive) return [{ type: 'locomotive', locomotive }];
  for (const { key: prefix, row } of prefixRows) {
    if (key.length > prefix.length && key.startsWith(prefix) && !/\d/.test(key.charAt(prefix.length))) {
      return [{ type: 'equipment', row }];
    }
  }
  return [];
}

/*
 * Tokens of the text being read, as parallel scratch arrays reused across calls: a feed has
 * millions of words and only a handful mean anything, so no object is made per word.
 */
const tokenKeys: string[] = [];
const tokenMeanings: (readonly Meaning[])[] = [];
const tokenStarts: number[] = [];
const tokenEnds: number[] = [];
const tokenTagged: boolean[] = [];
const tokenHyphenated: boolean[] = [];

/** Splits like normaliseForSearch; a '#' right before a word makes it a hashtag. Returns the count. */
function tokenise(text: string): number {
  let count = 0;
  let start = -1;
  let hyphenated = false;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isSearchWordCharAt(text, i)) {
      if (start < 0) {
        start = i;
        hyphenated = false;
      }
      if (text.charCodeAt(i) === 0x2d) hyphenated = true;
      continue;
    }
    if (start < 0) continue;
    const word = wordOf(text.slice(start, i));
    if (word.key !== '') {
      const tagged = start > 0 && text.charCodeAt(start - 1) === 0x23;
      tokenKeys[count] = word.key;
      tokenMeanings[count] = word.meanings;
      tokenStarts[count] = tagged ? start - 1 : start;
      tokenEnds[count] = i;
      tokenTagged[count] = tagged;
      tokenHyphenated[count] = hyphenated;
      count++;
    }
    start = -1;
  }
  return count;
}

interface Mention {
  meaning: Meaning;
  /** The token as written, '#' included. */
  raw: string;
  hashtag: boolean;
  count?: number;
}

function countBefore(i: number): number | undefined {
  const previous = i > 0 ? tokenKeys[i - 1] : undefined;
  if (previous === undefined || !/^\d{1,4}$/.test(previous)) return undefined;
  const count = Number(previous);
  return count <= MAX_COUNT ? count : undefined;
}

/** The token as written; a word from the hashtag list is shown with its '#'. */
function rawOf(text: string, i: number, forceHashtag: boolean): string {
  const raw = text.slice(tokenStarts[i], tokenEnds[i]);
  return forceHashtag && !raw.startsWith('#') ? `#${raw}` : raw;
}

function collectMentions(text: string, forceHashtag: boolean, mentions: Mention[]): void {
  const length = tokenise(text);
  for (let i = 0; i < length; i++) {
    const key = tokenKeys[i] as string;
    const hashtag = forceHashtag || (tokenTagged[i] as boolean);
    let meanings = tokenMeanings[i] as readonly Meaning[];
    if (meanings.length === 0 && (tokenHyphenated[i] as boolean)) {
      // "танки-бтр": when the hyphen-joined word means nothing, read its parts.
      meanings = rawOf(text, i, forceHashtag).split('-').flatMap((part) => wordOf(part.replace(/^#/, '')).meanings);
    }
    if (meanings.length > 0) {
      const count = countBefore(i);
      for (const meaning of meanings) mentions.push(count === undefined ? { meaning, raw: rawOf(text, i, forceHashtag), hashtag } : { meaning, raw: rawOf(text, i, forceHashtag), hashtag, count });
    }
    if (phraseStarts.has(key)) {
      let joined = key;
      for (let n = 2; n <= longestPhrase && i + n - 1 < length; n++) {
        joined += tokenKeys[i + n - 1] as string;
        const tagged = hashtag || (tokenTagged[i + n - 1] as boolean);
        for (const meaning of phraseIndex.get(joined) ?? []) mentions.push({ meaning, raw: rawOf(text, i, forceHashtag), hashtag: tagged });
      }
    }
    // "ВЛ 10", "2ТЭ 116": a series prefix written apart from its number.
    const after = i + 1 < length ? (tokenKeys[i + 1] as string) : undefined;
    if (after !== undefined && isDigitCode(after.charCodeAt(0)) && Object.hasOwn(LOCOMOTIVE_FAMILIES, key)) {
      const locomotive = parseLocomotiveCode(key + after);
      if (locomotive) mentions.push({ meaning: { type: 'locomotive', locomotive }, raw: rawOf(text, i, forceHashtag), hashtag });
    }
  }
}

/** Tags longer than this are read every time: the cache would hold them alive (read-properties cuts tags to 200 characters). */
const MAX_REMEMBERED_TAG = 200;
/** Each tag's mentions; shared by every sighting with the tag, so only ever read. */
const tagMentions = new Map<string, readonly Mention[]>();

function mentionsOfTag(tag: string): readonly Mention[] {
  const known = tagMentions.get(tag);
  if (known) return known;
  const mentions: Mention[] = [];
  collectMentions(tag, true, mentions);
  return tag.length <= MAX_REMEMBERED_TAG ? remember(tagMentions, tag, mentions) : mentions;
}

function pickLocomotive(locomotives: readonly string[]): string | undefined {
  if (locomotives.length <= 1) return locomotives[0];
  const series = locomotives.map((code) => /^[0-9]*[A-Za-z]+\d+/.exec(code)?.[0] ?? code);
  return series.every((s) => s === series[0]) ? series[0] : locomotives[0];
}

/**
 * Reads what the hashtags (with or without '#') and the caption say about the train.
 * Rules for the military-echelon flag: an explicit tag (#военныйэшелон, #військовийешелон,
 * #ваенныэшалон…) sets it; a "military" word (военные, військові, ваенныя, #war…) sets it
 * when the post also names an echelon, hardware (техника), something on rails, equipment, a
 * locomotive class or an operator; "эшелон" or "техника" alone set it only with equipment.
 * Equipment alone does not: the flag records what the post claims, not what we infer.
 */
export function extractHints(hashtags: readonly string[], caption?: string): ExtractedHints {
  const mentions: Mention[] = [];
  for (const tag of hashtags) for (const mention of mentionsOfTag(tag)) mentions.push(mention);
  if (caption) collectMentions(caption, false, mentions);

  const signals = new Set<EchelonSignal>();
  const locomotives: string[] = [];
  let operator: Operator | undefined;
  const direct: Mention[] = [];
  const contextual: Mention[] = [];
  for (const mention of mentions) {
    const { meaning, hashtag } = mention;
    if (meaning.type === 'signal') signals.add(meaning.signal);
    else if (meaning.type === 'locomotive') {
      if (!locomotives.includes(meaning.locomotive)) locomotives.push(meaning.locomotive);
    } else if (meaning.type === 'operator') {
      if (!operator && (hashtag || !meaning.hashtagOnly)) operator = meaning.operator;
    } else if (hashtag || !meaning.row.hashtagOnly) {
      (meaning.row.needsContext ? contextual : direct).push(mention);
    }
  }

  const onRails = signals.has('echelon') || signals.has('hardware') || signals.has('railway');
  const militaryEchelon =
    signals.has('explicit') ||
    (signals.has('military') && (onRails || direct.length > 0 || locomotives.length > 0 || operator !== undefined)) ||
    ((signals.has('echelon') || signals.has('hardware')) && direct.length > 0);
  const contextHolds = signals.has('fuel') || militaryEchelon || direct.length > 0;

  const byKind = new Map<EquipmentKind, DerivedEquipment>();
  for (const { meaning, raw, count } of contextHolds ? [...direct, ...contextual] : direct) {
    if (meaning.type !== 'equipment') continue;
    const existing = byKind.get(meaning.row.kind);
    if (!existing) {
      const item: DerivedEquipment = { kind: meaning.row.kind, evidence: raw };
      if (meaning.row.model) item.model = meaning.row.model;
      if (count !== undefined) item.count = count;
      byKind.set(meaning.row.kind, item);
    } else {
      if (existing.model === undefined && meaning.row.model) existing.model = meaning.row.model;
      if (existing.count === undefined && count !== undefined) existing.count = count;
    }
  }

  const hints: ExtractedHints = { equipment: [...byKind.values()], locomotives, militaryEchelon };
  const locomotive = pickLocomotive(locomotives);
  if (locomotive) hints.locomotive = locomotive;
  if (operator) hints.operator = operator;
  return hints;
}
