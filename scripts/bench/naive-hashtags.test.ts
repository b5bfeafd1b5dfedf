import { describe, expect, it } from 'vitest';
import { extractHints } from '../../src/domain/sighting/hashtag-extractor.ts';
import { hintsKey, naiveExtract } from './naive-hashtags.ts';

// The captions syntheticFeedText draws from, plus a few with counts and spaced classes.
const CAPTIONS = [
  'Эшелон с техникой идёт на запад #военныйэшелон #вл10 #танки',
  'Колонна БТР на платформах #бтр #бжд #техника',
  'Опять гонят танки к границе #танки #т72 #эшелон',
  'Цистерны с топливом и КамАЗы #гсм #камаз #военные',
  'Тигры на платформах, тепловоз 2ТЭ10 #тигр #2тэ10 #рждрулит',
  'Полевой госпиталь грузят #госпиталь #военныйэшелон',
  'Град на платформах #град #рсзо #эшелон',
  'Понтоны и инженерная техника #понтон #инженерная',
  'Просто поезд #зима #рек',
  'Сегодня под Ельском: 12 танков и бтры, впереди ВЛ80С #военныйэшелон #рждрулит',
  '5 #бмп2м и 3 т72б3 под Мозырем',
  'ВЛ 10у и #вл10к',
];

describe('naiveExtract', () => {
  it.each(CAPTIONS)('agrees with extractHints on «%s»', (caption) => {
    expect(hintsKey(naiveExtract(caption))).toBe(hintsKey(extractHints([], caption)));
  });

  it('reads kinds in order of mention, with model, count and locomotive', () => {
    expect(naiveExtract('Сегодня 12 танков и бтры, впереди ВЛ80С, потом #т72')).toEqual({
      equipment: [{ kind: 'tank', model: 'T-72', count: 12 }, { kind: 'apc-ifv' }],
      locomotive: 'VL80S',
    });
  });

  it('counts hashtag-only words only as hashtags', () => {
    expect(naiveExtract('Град на платформах').equipment).toEqual([]);
    expect(naiveExtract('на платформах #град').equipment).toEqual([{ kind: 'mlrs', model: 'Grad' }]);
  });

  it('takes tankers for fuel only with a fuel word or a military signal', () => {
    expect(naiveExtract('цистерны на станции').equipment).toEqual([]);
    expect(naiveExtract('цистерны с топливом').equipment).toEqual([{ kind: 'fuel' }]);
  });

  it('does not read a word inside a longer one', () => {
    expect(naiveExtract('танкодром и вл100').equipment).toEqual([]);
    expect(naiveExtract('танкодром и вл100').locomotive).toBeUndefined();
  });
});

describe('hintsKey', () => {
  it('tells apart results that differ only in model, count or locomotive', () => {
    const keys = [
      hintsKey({ equipment: [{ kind: 'tank' }] }),
      hintsKey({ equipment: [{ kind: 'tank', model: 'T-72' }] }),
      hintsKey({ equipment: [{ kind: 'tank', count: 3 }] }),
      hintsKey({ equipment: [{ kind: 'tank' }], locomotive: 'VL10' }),
      hintsKey({ equipment: [{ kind: 'apc-ifv' }, { kind: 'tank' }] }),
      hintsKey({ equipment: [{ kind: 'tank' }, { kind: 'apc-ifv' }] }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
