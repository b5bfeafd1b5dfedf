import { foldWord, isSearchWordCharAt, normaliseForSearch } from '../sighting/search-normalise';
import type { AnnotationLike, ExploreSighting } from './explore-sighting';

/*
 * Free-text search over caption, hashtags, place, the analyst's note and tags. Everything is
 * compared in normaliseForSearch's folded form, so case, Cyrillic/Latin spelling, ё/е and a
 * leading '#' do not matter. Folding is the costly part, so each sighting's key is computed
 * once per object and kept while the object lives; notes and tags change under the analyst's
 * hands and get their own cache keyed on the annotation object.
 */

// The same text as normaliseForSearch (search-key.test.ts holds them together), with each
// word's fold remembered: captions reuse a small vocabulary ("эшелон", "#танки", town
// names), so the first search over 100,000 sightings folds each distinct word once.
const NEEDS_COMPOSE = /[^\t\n\r\u0020-\u007e\u0400-\u04ff]/;
const MAX_CACHED_WORDS = 200_000;
const foldedWords = new Map<string, string>();

function foldCached(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = foldWord(word);
    // A bound, not an LRU: a pathological feed of unique words just stops being cached.
    if (foldedWords.size < MAX_CACHED_WORDS) foldedWords.set(word, folded);
  }
  return folded;
}

/** normaliseForSearch(text), faster on text made of words seen before. */
export function foldForSearch(text: string): string {
  const source = NEEDS_COMPOSE.test(text) ? text.normalize('NFC') : text;
  // Joined at the end rather than appended word by word: appending leaves a chain of string
  // pieces behind each key (five objects a sighting, kept as long as the sighting), joining
  // one flat string.
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= source.length; i++) {
    const inWord = i < source.length && isSearchWordCharAt(source, i);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      const folded = foldCached(source.slice(start, i));
      if (folded !== '') words.push(folded);
      start = -1;
    }
  }
  return words.join(' ');
}

const sightingKeys = new WeakMap<object, string>();
const annotationKeys = new WeakMap<object, string>();

/** The folded text of the feed's fields: caption, hashtags and place. */
export function sightingSearchKey(sighting: Pick<ExploreSighting, 'caption' | 'hashtags' | 'place'>): string {
  let key = sightingKeys.get(sighting);
  if (key === undefined) {
    // The separator keeps the last word of one field from gluing onto the first of the next.
    key = foldForSearch(`${sighting.caption ?? ''}\n${sighting.hashtags.join(' ')}\n${sighting.place ?? ''}`);
    sightingKeys.set(sighting, key);
  }
  return key;
}

/** The folded text of the analyst's note and tags. */
export function annotationSearchKey(annotation: Pick<AnnotationLike, 'note' | 'tags'>): string {
  let key = annotationKeys.get(annotation);
  if (key === undefined) {
    key = foldForSearch(`${annotation.note ?? ''}\n${(annotation.tags ?? []).join(' ')}`);
    annotationKeys.set(annotation, key);
  }
  return key;
}

/** Folded query words; empty when the query holds nothing searchable (only spaces or '#'). */
export function queryWords(query: string): string[] {
  const folded = normaliseForSearch(query);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * True when every word appears in the sighting's text or the annotation's (words are AND-ed;
 * each may match inside a longer word, so "танк" finds "#танки").
 */
export function matchesWords(words: readonly string[], sightingKey: string, annotationKey: string): boolean {
  for (const word of words) {
    if (!sightingKey.includes(word) && !annotationKey.includes(word)) return false;
  }
  return true;
}

/**
 * Computes the search keys of sightings[from…] until `shouldYield` says stop (checked every
 * 256 sightings); returns where it stopped, sightings.length when done. Lets the app fold
 * a freshly loaded feed in idle time so that the first search does not pay for it.
 */
export function primeSearchKeys(
  sightings: readonly Pick<ExploreSighting, 'caption' | 'hashtags' | 'place'>[],
  from = 0,
  shouldYield: () => boolean = () => false,
): number {
  let i = Math.max(0, from);
  while (i < sightings.length) {
    sightingSearchKey(sightings[i]!);
    i++;
    if ((i & 255) === 0 && shouldYield()) break;
  }
  return i;
}
