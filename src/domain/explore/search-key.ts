import { normaliseForSearch } from '../sighting/search-normalise';
import type { AnnotationLike, ExploreSighting } from './explore-sighting';

/*
 * Free-text search over caption, hashtags, place, the analyst's note and tags. Everything is
 * compared in normaliseForSearch's folded form, so case, Cyrillic/Latin spelling, ё/е and a
 * leading '#' do not matter. Folding is the costly part, so each sighting's key is computed
 * once per object and kept while the object lives; notes and tags change under the analyst's
 * hands and get their own cache keyed on the annotation object.
 */

const sightingKeys = new WeakMap<object, string>();
const annotationKeys = new WeakMap<object, string>();

/** The folded text of the feed's fields: caption, hashtags and place. */
export function sightingSearchKey(sighting: Pick<ExploreSighting, 'caption' | 'hashtags' | 'place'>): string {
  let key = sightingKeys.get(sighting);
  if (key === undefined) {
    // The separator keeps the last word of one field from gluing onto the first of the next.
    key = normaliseForSearch(`${sighting.caption ?? ''}\n${sighting.hashtags.join(' ')}\n${sighting.place ?? ''}`);
    sightingKeys.set(sighting, key);
  }
  return key;
}

/** The folded text of the analyst's note and tags. */
export function annotationSearchKey(annotation: Pick<AnnotationLike, 'note' | 'tags'>): string {
  let key = annotationKeys.get(annotation);
  if (key === undefined) {
    key = normaliseForSearch(`${annotation.note ?? ''}\n${(annotation.tags ?? []).join(' ')}`);
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
