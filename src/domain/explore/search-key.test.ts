import { describe, expect, it } from 'vitest';
import { annotationSearchKey, matchesWords, queryWords, sightingSearchKey } from './search-key';

function matches(query: string, text: { caption?: string; hashtags?: string[]; place?: string }, note = ''): boolean {
  const sighting = { caption: text.caption, hashtags: text.hashtags ?? [], place: text.place };
  return matchesWords(queryWords(query), sightingSearchKey(sighting), annotationSearchKey({ note, tags: [] }));
}

describe('free-text search', () => {
  it('ignores case and a leading #', () => {
    expect(matches('#ТАНКИ', { hashtags: ['танки'] })).toBe(true);
    expect(matches('Танки', { caption: 'едут ТАНКИ' })).toBe(true);
  });

  it('finds Cyrillic text from a Latin query and the reverse', () => {
    expect(matches('Mozyr', { place: 'Мозырь, Гомельская область' })).toBe(true);
    expect(matches('Гомель', { place: 'Homel region' })).toBe(true);
  });

  it('treats ё, е and э alike', () => {
    expect(matches('ешелон', { caption: 'Эшелон' })).toBe(true);
    expect(matches('зелёный', { caption: 'зеленый вагон' })).toBe(true);
  });

  it('ANDs the words, which may come from different fields', () => {
    expect(matches('танки мозырь', { hashtags: ['танки'], place: 'Mozyr' })).toBe(true);
    expect(matches('танки ельск', { hashtags: ['танки'], place: 'Mozyr' })).toBe(false);
  });

  it('does not glue the end of one field to the start of the next', () => {
    expect(matches('vagontanki', { caption: 'vagon', hashtags: ['tanki'] })).toBe(false);
  });

  it("searches the analyst's note", () => {
    expect(matches('Pinsk', { caption: 'поезд' }, 'seen again near Гродно')).toBe(false);
    expect(matches('Hrodno', { caption: 'поезд' }, 'seen again near Гродно')).toBe(true);
  });

  it('has no words for a query of only spaces and marks', () => {
    expect(queryWords('  # , ')).toEqual([]);
    expect(queryWords('Т-72  БТР')).toEqual(['t72', 'btr']);
  });
});
