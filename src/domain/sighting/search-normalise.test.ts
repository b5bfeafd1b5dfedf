import { describe, expect, it } from 'vitest';
import { normaliseForSearch } from './search-normalise';

function matches(text: string, query: string): boolean {
  return normaliseForSearch(text).includes(normaliseForSearch(query));
}

describe('normaliseForSearch', () => {
  it('transliterates Cyrillic to a lower-case Latin key', () => {
    expect(normaliseForSearch('Мозырь')).toBe('mozir');
    expect(normaliseForSearch('Гомель')).toBe('homel');
  });

  it('lets a Latin query find a Cyrillic place and the reverse', () => {
    expect(matches('Мозырь, Гомельская область', 'mozyr')).toBe(true);
    expect(matches('Мозырь, Гомельская область', 'Gomel')).toBe(true);
    expect(matches('Yelsk, Homel region', 'Ельск')).toBe(true);
    expect(matches('Ельск', 'Jelsk')).toBe(true);
    expect(matches('Мозир', 'Мозырь')).toBe(true);
  });

  it('does not match unrelated places', () => {
    expect(matches('Мозырь', 'minsk')).toBe(false);
    expect(matches('Калинковичи', 'mozyr')).toBe(false);
  });

  it('folds ё to е and ignores case', () => {
    expect(normaliseForSearch('ЁЛКА')).toBe(normaliseForSearch('елка'));
    expect(normaliseForSearch('е\u0308лка')).toBe(normaliseForSearch('ёлка'));
  });

  it('treats Ukrainian і/ї/є and Belarusian і/ў like their Russian neighbours', () => {
    expect(normaliseForSearch('Танкі')).toBe(normaliseForSearch('танки'));
    expect(normaliseForSearch('Київ')).toBe('kiiv');
    expect(normaliseForSearch('Наваполацк ўезд')).toBe('navapolatsk uezd');
  });

  it('folds Latin look-alikes inside Cyrillic words to Cyrillic', () => {
    expect(normaliseForSearch('тaнки')).toBe(normaliseForSearch('танки'));
    expect(normaliseForSearch('BЛ10')).toBe(normaliseForSearch('ВЛ10'));
    expect(normaliseForSearch('BЛ10')).toBe('vl10');
  });

  it('folds Cyrillic look-alikes inside Latin words to Latin', () => {
    expect(normaliseForSearch('Tаnks')).toBe('tanks');
    expect(normaliseForSearch('Vоlvo')).toBe('volvo');
  });

  it('reads a letter O after a digit as a zero', () => {
    expect(normaliseForSearch('вл1O')).toBe('vl10');
    expect(normaliseForSearch('VL1О')).toBe('vl10');
  });

  it('joins hyphens, underscores and apostrophes, and drops # and punctuation', () => {
    expect(normaliseForSearch('#ржд_рулит, Т-72!')).toBe('rzhdrulit t72');
    expect(normaliseForSearch('п’ять')).toBe('piat');
  });

  it('drops accents from Latin letters', () => {
    expect(normaliseForSearch('Mažyr Hrodna')).toBe('mazir hrodna');
  });

  it('returns an empty key for text with no letters or digits', () => {
    expect(normaliseForSearch('  #  … 🚂 ')).toBe('');
  });
});
