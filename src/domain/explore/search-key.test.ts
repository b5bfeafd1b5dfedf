import { describe, expect, it } from 'vitest';
import { normaliseForSearch } from '../sighting/search-normalise';
import { annotationSearchKey, foldForSearch, matchesWords, primeSearchKeys, queryWords, sightingSearchKey } from './search-key';

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

describe('foldForSearch', () => {
  const samples = [
    'Эшелон с ТАНКАМИ на станции Мозырь!! #военныйэшелон #вл10',
    'Т-72Б3 и БМП-2 — едут на юг 🚂🚂',
    'вл1О тянет, ржд_рулит, п’ять вагонів',
    'Yelsk / Jelsk / Ельск, Homel region',
    'TOP ТОР Тигр-М КамАЗ',
    'Café Łódź Ŝ e\u0301 NFD',
    '',
    '   ###   ',
  ];

  it('gives exactly what normaliseForSearch gives, before and after its word cache fills', () => {
    for (const text of samples) {
      expect(foldForSearch(text), text).toBe(normaliseForSearch(text));
      expect(foldForSearch(text), text).toBe(normaliseForSearch(text));
    }
  });
});

describe('primeSearchKeys', () => {
  const many = Array.from({ length: 600 }, (_, i) => ({ caption: `эшелон ${i}`, hashtags: [] }));

  it('folds every sighting when not asked to yield', () => {
    expect(primeSearchKeys(many)).toBe(600);
  });

  it('stops in steps of 256 when asked to yield, and resumes where it stopped', () => {
    expect(primeSearchKeys(many, 0, () => true)).toBe(256);
    expect(primeSearchKeys(many, 256, () => true)).toBe(512);
    expect(primeSearchKeys(many, 512, () => true)).toBe(600);
  });
});
