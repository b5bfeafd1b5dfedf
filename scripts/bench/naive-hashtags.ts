// The baseline for the parsing benchmark: hashtag/caption extraction written the obvious
// way, one regular expression per known word form, run over a freshly lower-cased caption
// each time, with no index and no cache. It must agree with extractHints on the benchmark's
// captions (the bench counts every disagreement), so it follows the same table and rules;
// it only skips what those captions never need: transliteration, Latin look-alike letters,
// hyphen-joined words ("танки-бтр") and hashtag lists given apart from the caption.

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
} from '../../src/domain/sighting/hashtag-table.ts';

export interface NaiveEquipment {
  kind: string;
  model?: string;
  count?: number;
}

export interface NaiveHints {
  equipment: NaiveEquipment[];
  locomotive?: string;
}

type Meaning =
  | { type: 'equipment'; row: EquipmentRow }
  | { type: 'operator'; hashtagOnly: boolean }
  | { type: 'signal'; signal: string }
  | { type: 'locomotive'; locomotive: string }
  /** A series prefix and number; the suffix letters after it are read at match time. */
  | { type: 'locomotive-code'; canonical: string };

interface KnownTag {
  regex: RegExp;
  meaning: Meaning;
  hashtagOnly: boolean;
}

/**
 * Characters that continue a word once lower-cased, as in the app's tokeniser: Latin and
 * Cyrillic letters, digits and joiners. Listed rather than \p{L}: Unicode property classes
 * made every expression some 50 times slower, more than the naive approach deserves.
 */
const LETTERS = 'a-z\u0430-\u045f\u0491';
const WORD = `${LETTERS}0-9\\-_'\`\u2019\u02bc`;
const MAX_COUNT = 1000;

/** Cyrillic and Latin spellings of each locomotive series prefix, keyed like LOCOMOTIVE_FAMILIES. */
const SERIES_SPELLINGS: Record<string, readonly string[]> = {
  vl: ['вл', 'vl'],
  '2te': ['2тэ', '2te'],
  te: ['тэ', 'te'],
  tep: ['тэп', 'tep'],
  chs: ['чс', 'chs'],
  '2es': ['2эс', '2es'],
  '3es': ['3эс', '3es'],
  '4es': ['4эс', '4es'],
  m: ['м', 'm'],
};

/** Suffix letters of a class ("у" in ВЛ10У) in the app's Latin spelling. */
const SUFFIX_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', э: 'e',
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function formsOf(entry: WordEntry): string[] {
  const endings: readonly string[] = entry.inflect ? PARADIGMS[entry.inflect] : [''];
  return entry.words.flatMap((word) => endings.map((ending) => (word + ending).toLowerCase()));
}

function tagsOf(entry: WordEntry, meaning: Meaning, prefix = false): KnownTag[] {
  return formsOf(entry).flatMap((form) => {
    const words = form.split(/\s+/).map(escape);
    // A phrase is met as separate words or glued into one hashtag.
    const patterns = words.length > 1 ? [words.join('\\s+'), words.join('')] : [words[0]!.replace(/\\?-/g, '-?')];
    return patterns.map((pattern) => ({ regex: wordRegex(prefix ? `${pattern}(?:(?!\\d)[${WORD}]*)?` : pattern), meaning, hashtagOnly: entry.hashtagOnly ?? false }));
  });
}

function buildTags(): KnownTag[] {
  const tags: KnownTag[] = [];
  for (const row of EQUIPMENT_ROWS) tags.push(...tagsOf(row, { type: 'equipment', row }, row.prefix ?? false));
  for (const row of OPERATOR_ROWS) tags.push(...tagsOf(row, { type: 'operator', hashtagOnly: row.hashtagOnly ?? false }));
  for (const [signal, entries] of Object.entries(ECHELON_WORDS)) {
    for (const entry of entries as readonly WordEntry[]) tags.push(...tagsOf(entry, { type: 'signal', signal }));
  }
  for (const entry of FUEL_CONTEXT) tags.push(...tagsOf(entry, { type: 'signal', signal: 'fuel' }));
  for (const entry of LOCOMOTIVE_NAMES) tags.push(...tagsOf(entry, { type: 'locomotive', locomotive: entry.locomotive }));
  for (const [key, family] of Object.entries(LOCOMOTIVE_FAMILIES)) {
    for (const spelling of SERIES_SPELLINGS[key] ?? []) {
      for (const number of family.numbers) {
        tags.push({ regex: wordRegex(`${escape(spelling)} ?${number}([${LETTERS}]{0,3})`), meaning: { type: 'locomotive-code', canonical: `${family.canonical}${number}` }, hashtagOnly: false });
      }
    }
  }
  return tags;
}

function wordRegex(pattern: string): RegExp {
  return new RegExp(`(?<![${WORD}])(?:${pattern})(?![${WORD}])`, 'g');
}

/** A number as the word before ("12 танков", "5 #бмп") is a count. */
const COUNT_BEFORE = new RegExp(`(?:^|[^${WORD}])(\\d{1,4})[^${WORD}]+$`);

const TAGS = buildTags();

/** How many word forms the baseline tries on every caption. */
export const NAIVE_TAG_COUNT = TAGS.length;

interface Mention {
  at: number;
  meaning: Meaning;
  hashtag: boolean;
  count?: number;
}

function locomotiveOf(canonical: string, suffix: string): string | undefined {
  let latin = '';
  for (const letter of suffix) latin += SUFFIX_LATIN[letter] ?? (/[a-z]/.test(letter) ? letter : '?');
  return latin.length > 3 || latin.includes('?') ? undefined : canonical + latin.toUpperCase();
}

function pickLocomotive(locomotives: readonly string[]): string | undefined {
  if (locomotives.length <= 1) return locomotives[0];
  const series = locomotives.map((code) => /^[0-9]*[A-Za-z]+\d+/.exec(code)?.[0] ?? code);
  return series.every((s) => s === series[0]) ? series[0] : locomotives[0];
}

/** Equipment (kind, model, count) and the locomotive class a caption names, the slow way. */
export function naiveExtract(caption: string): NaiveHints {
  const mentions: Mention[] = [];
  for (const tag of TAGS) {
    const text = caption.toLowerCase();
    const { regex } = tag;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      const hashtag = text.charAt(match.index - 1) === '#';
      if (tag.hashtagOnly && !hashtag) continue;
      const before = COUNT_BEFORE.exec(text.slice(0, match.index));
      const number = before ? Number(before[1]) : undefined;
      // Ordered by where the word ends, which is the app's token order.
      const at = match.index + match[0].length;
      let meaning = tag.meaning;
      if (meaning.type === 'locomotive-code') {
        const locomotive = locomotiveOf(meaning.canonical, match[1] ?? '');
        if (!locomotive) continue;
        meaning = { type: 'locomotive', locomotive };
      }
      mentions.push(number !== undefined && number <= MAX_COUNT ? { at, meaning, hashtag, count: number } : { at, meaning, hashtag });
    }
  }
  mentions.sort((a, b) => a.at - b.at);

  const signals = new Set<string>();
  const locomotives: string[] = [];
  let operator = false;
  const direct: Mention[] = [];
  const contextual: Mention[] = [];
  for (const mention of mentions) {
    const { meaning } = mention;
    if (meaning.type === 'signal') signals.add(meaning.signal);
    else if (meaning.type === 'locomotive') {
      if (!locomotives.includes(meaning.locomotive)) locomotives.push(meaning.locomotive);
    } else if (meaning.type === 'operator') operator ||= mention.hashtag || !meaning.hashtagOnly;
    else if (meaning.type === 'equipment') (meaning.row.needsContext ? contextual : direct).push(mention);
  }
  const onRails = signals.has('echelon') || signals.has('hardware') || signals.has('railway');
  const militaryEchelon =
    signals.has('explicit') ||
    (signals.has('military') && (onRails || direct.length > 0 || locomotives.length > 0 || operator)) ||
    ((signals.has('echelon') || signals.has('hardware')) && direct.length > 0);
  const contextHolds = signals.has('fuel') || militaryEchelon || direct.length > 0;

  const equipment: NaiveEquipment[] = [];
  for (const { meaning, count } of contextHolds ? [...direct, ...contextual] : direct) {
    if (meaning.type !== 'equipment') continue;
    const existing = equipment.find((item) => item.kind === meaning.row.kind);
    if (!existing) {
      const item: NaiveEquipment = { kind: meaning.row.kind };
      if (meaning.row.model) item.model = meaning.row.model;
      if (count !== undefined) item.count = count;
      equipment.push(item);
    } else {
      if (existing.model === undefined && meaning.row.model) existing.model = meaning.row.model;
      if (existing.count === undefined && count !== undefined) existing.count = count;
    }
  }
  const hints: NaiveHints = { equipment };
  const locomotive = pickLocomotive(locomotives);
  if (locomotive) hints.locomotive = locomotive;
  return hints;
}

/** Equipment and locomotive as one comparable string, for both extractors' results. */
export function hintsKey(hints: { equipment: readonly NaiveEquipment[]; locomotive?: string | undefined }): string {
  const equipment = hints.equipment.map(({ kind, model, count }) => `${kind}${model ? `/${model}` : ''}${count !== undefined ? `×${count}` : ''}`);
  return `${equipment.join(',')} | ${hints.locomotive ?? '-'}`;
}
