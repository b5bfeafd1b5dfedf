import { describe, expect, it } from 'vitest';
import { extractHints, parseLocomotiveCode } from './hashtag-extractor';
import { ECHELON_WORDS, EQUIPMENT_ROWS, FUEL_CONTEXT, LOCOMOTIVE_FAMILIES, LOCOMOTIVE_NAMES, OPERATOR_ROWS, PARADIGMS, type WordEntry } from './hashtag-table';

/** The first form a table entry produces, as a person would type it. */
function firstForm(entry: WordEntry): string {
  const word = entry.words[0] as string;
  return entry.inflect ? word + (PARADIGMS[entry.inflect][0] as string) : word;
}

const kinds = (hashtags: string[], caption?: string) => extractHints(hashtags, caption).equipment.map((item) => item.kind);

describe('extractHints on real posts', () => {
  it('reads an echelon post with a VL10 family, RZD and noise tags', () => {
    const hints = extractHints(['#военныйэшелон', '#военные', '#вл10', '#вл10у', '#вл10кв', '#вл10к', '#вл10с', '#рждрулит', '#зима', '#декабрь']);
    expect(hints).toEqual({
      equipment: [],
      locomotive: 'VL10',
      locomotives: ['VL10', 'VL10U', 'VL10KV', 'VL10K', 'VL10S'],
      operator: 'RZD',
      militaryEchelon: true,
    });
  });

  it('reads tanks and APCs on the Belarusian railway and ignores #рек and #беларусь', () => {
    const hints = extractHints(['#рек', '#танки', '#бтр', '#беларусь', '#бжд']);
    expect(hints.equipment).toEqual([
      { kind: 'tank', evidence: '#танки' },
      { kind: 'apc-ifv', evidence: '#бтр' },
    ]);
    expect(hints.operator).toBe('BCh');
    expect(hints.locomotive).toBeUndefined();
    expect(hints.militaryEchelon).toBe(false);
  });

  it('finds hashtags written inside a caption, and inflected caption words with their count', () => {
    const hints = extractHints([], 'Сегодня под Ельском: 12 танков и бтры, впереди ВЛ80С #военныйэшелон #рждрулит');
    expect(hints.equipment).toEqual([
      { kind: 'tank', evidence: 'танков', count: 12 },
      { kind: 'apc-ifv', evidence: 'бтры' },
    ]);
    expect(hints.locomotive).toBe('VL80S');
    expect(hints.operator).toBe('RZD');
    expect(hints.militaryEchelon).toBe(true);
  });

  it('reads hashtags given without #', () => {
    expect(extractHints(['танки', 'вл10у']).locomotive).toBe('VL10U');
    expect(kinds(['танки', 'вл10у'])).toEqual(['tank']);
  });

  it('handles Latin look-alike letters typed into Cyrillic words', () => {
    expect(extractHints(['#вл1O']).locomotive).toBe('VL10');
    expect(extractHints(['#BЛ10']).locomotive).toBe('VL10');
    expect(kinds(['#тaнки'])).toEqual(['tank']);
  });

  it('handles case, ё, and Ukrainian and Belarusian spellings', () => {
    expect(kinds(['#ТАНКИ'])).toEqual(['tank']);
    expect(kinds(['#танкі'])).toEqual(['tank']);
    expect(kinds(['#боєприпаси'])).toEqual(['ammunition']);
    expect(extractHints(['#військовийешелон']).militaryEchelon).toBe(true);
    expect(extractHints(['#ваенныэшалон']).militaryEchelon).toBe(true);
    expect(extractHints(['#укрзалізниця']).operator).toBe('UZ');
  });

  it('reads caption inflections: танками, бтров, гаубицами', () => {
    expect(kinds([], 'платформы с танками, бтров не видно, гаубицами')).toEqual(['tank', 'apc-ifv', 'artillery']);
  });

  it('reads model codes with hyphens and longer suffixes', () => {
    expect(extractHints([], 'Т-72Б3 на платформах').equipment).toEqual([{ kind: 'tank', model: 'T-72', evidence: 'Т-72Б3' }]);
    expect(extractHints(['#с-400']).equipment).toEqual([{ kind: 'air-defence', model: 'S-400', evidence: '#с-400' }]);
  });

  it('keeps one entry per kind and fills its model from a later mention', () => {
    expect(extractHints(['#танки', '#т90', '#т72']).equipment).toEqual([{ kind: 'tank', model: 'T-90', evidence: '#танки' }]);
  });

  it('reads a locomotive series written apart from its number', () => {
    expect(extractHints([], 'тянет ВЛ 80С').locomotive).toBe('VL80S');
    expect(extractHints([], 'тянет 2ТЭ 116').locomotive).toBe('2TE116');
  });

  it('names the first class when different series are mentioned', () => {
    expect(extractHints(['#2тэ10м', '#вл80']).locomotive).toBe('2TE10M');
  });

  it('does not read weather words in a caption as weapons, but does as hashtags', () => {
    expect(kinds([], 'Шёл град, потом ураган')).toEqual([]);
    expect(kinds(['#град', '#ураган'])).toEqual(['mlrs']);
    expect(extractHints([], 'уз и бч').operator).toBeUndefined();
  });

  it('needs a fuel word or a military signal before tank wagons count as fuel', () => {
    expect(kinds([], 'наливной поезд, цистерны')).toEqual([]);
    expect(kinds([], 'цистерны с топливом')).toEqual(['fuel']);
    expect(kinds(['#военныйэшелон', '#цистерны'])).toEqual(['fuel']);
  });

  it('sets the echelon flag only when the post claims it', () => {
    expect(extractHints(['#военные']).militaryEchelon).toBe(false);
    expect(extractHints(['#техника']).militaryEchelon).toBe(false);
    expect(extractHints(['#эшелон']).militaryEchelon).toBe(false);
    expect(extractHints(['#военные', '#техника']).militaryEchelon).toBe(true);
    expect(extractHints([], 'военным эшелоном').militaryEchelon).toBe(true);
    expect(extractHints(['#эшелон', '#танки']).militaryEchelon).toBe(true);
    expect(extractHints(['#war', '#вл11']).militaryEchelon).toBe(true);
  });

  it('finds nothing in unrelated text', () => {
    expect(extractHints(['#зима', '#декабрь', '#рек', '#беларусь', '#fyp'], 'Красивый закат над Припятью')).toEqual({
      equipment: [],
      locomotives: [],
      militaryEchelon: false,
    });
  });
});

describe('extractHints reads every post afresh, though words and tags are remembered', () => {
  it('reads the parts of a hyphen-joined word that means nothing whole', () => {
    expect(kinds([], 'везут танки-бтр на юг')).toEqual(['tank', 'apc-ifv']);
    expect(kinds(['#танки-бтр'])).toEqual(['tank', 'apc-ifv']);
  });

  it('gives a tag the same reading whatever came with it before', () => {
    const tag = '#танки';
    expect(extractHints([tag], 'и бтры, гаубицами').equipment.map((item) => item.kind)).toEqual(['tank', 'apc-ifv', 'artillery']);
    expect(extractHints([tag])).toEqual({ equipment: [{ kind: 'tank', evidence: '#танки' }], locomotives: [], militaryEchelon: false });
    expect(extractHints(['#т72', tag], '12 #танки').equipment).toEqual([{ kind: 'tank', model: 'T-72', evidence: '#т72', count: 12 }]);
    expect(extractHints([tag]).equipment).toEqual([{ kind: 'tank', evidence: '#танки' }]);
  });

  it('returns results of its own, so changing one changes no other', () => {
    const first = extractHints(['#танки', '#вл10'], 'эшелон');
    first.equipment[0]!.count = 99;
    first.equipment.push({ kind: 'apc-ifv', evidence: 'x' });
    first.locomotives.push('TE33');
    expect(extractHints(['#танки', '#вл10'], 'эшелон')).toEqual({
      equipment: [{ kind: 'tank', evidence: '#танки' }],
      locomotive: 'VL10',
      locomotives: ['VL10'],
      militaryEchelon: true,
    });
  });
});

describe('extractHints covers every table row', () => {
  it.each(EQUIPMENT_ROWS.map((row) => [firstForm(row), row] as const))('equipment row "%s"', (form, row) => {
    const hashtags = row.needsContext ? [`#${form}`, '#топливо'] : [`#${form}`];
    const item = extractHints(hashtags).equipment[0];
    expect(item?.kind).toBe(row.kind);
    expect(item?.model).toBe(row.model);
  });

  it.each(OPERATOR_ROWS.map((row) => [firstForm(row), row.operator] as const))('operator row "%s"', (form, operator) => {
    expect(extractHints([`#${form}`]).operator).toBe(operator);
  });

  it.each(ECHELON_WORDS.explicit.flatMap((row) => row.words))('explicit echelon tag "%s"', (word) => {
    expect(extractHints([`#${word}`]).militaryEchelon).toBe(true);
  });

  it.each(ECHELON_WORDS.military.map(firstForm))('military word "%s" with a train word', (form) => {
    expect(extractHints([`#${form}`, '#поезд']).militaryEchelon).toBe(true);
    expect(extractHints([`#${form}`]).militaryEchelon).toBe(false);
  });

  it.each([...ECHELON_WORDS.echelon, ...ECHELON_WORDS.hardware].map(firstForm))('echelon or hardware word "%s" with equipment', (form) => {
    expect(extractHints([`#${form}`, '#танки']).militaryEchelon).toBe(true);
  });

  it.each(ECHELON_WORDS.railway.map(firstForm))('railway word "%s" with a military word', (form) => {
    expect(extractHints([`#${form}`, '#военные']).militaryEchelon).toBe(true);
  });

  it.each(FUEL_CONTEXT.map(firstForm))('fuel word "%s" makes tank wagons fuel', (form) => {
    expect(kinds([`#${form}`, '#цистерны'])).toEqual(['fuel']);
  });

  it.each(LOCOMOTIVE_NAMES.map((row) => [firstForm(row), row.locomotive] as const))('locomotive name "%s"', (form, locomotive) => {
    expect(extractHints([`#${form}`]).locomotive).toBe(locomotive);
  });
});

describe('parseLocomotiveCode', () => {
  const cases: [string, string][] = [
    ['vl10', 'VL10'], ['vl10u', 'VL10U'], ['vl10kv', 'VL10KV'], ['vl11', 'VL11'], ['vl80s', 'VL80S'], ['vl85', 'VL85'],
    ['2te10mk', '2TE10MK'], ['2te25a', '2TE25A'], ['2te116', '2TE116'], ['chs4t', 'ChS4T'], ['chs2', 'ChS2'],
    ['chs7', 'ChS7'], ['chs8', 'ChS8'], ['tep70', 'TEP70'], ['2es5k', '2ES5K'], ['3es5k', '3ES5K'], ['m62', 'M62'], ['te33a', 'TE33A'],
  ];
  it.each(cases)('reads %s as %s', (key, canonical) => {
    expect(parseLocomotiveCode(key)).toBe(canonical);
  });

  it('knows a number for every family', () => {
    for (const [prefix, family] of Object.entries(LOCOMOTIVE_FAMILIES)) {
      expect(parseLocomotiveCode(`${prefix}${family.numbers[0]}`)).toBe(`${family.canonical}${family.numbers[0]}`);
    }
  });

  it('rejects series that do not exist and leading zeros', () => {
    expect(parseLocomotiveCode('vl99')).toBeUndefined();
    expect(parseLocomotiveCode('m5')).toBeUndefined();
    expect(parseLocomotiveCode('vl010')).toBeUndefined();
    expect(parseLocomotiveCode('vl10abcd')).toBeUndefined();
  });

  it('reads Cyrillic spellings through the extractor', () => {
    const spellings: [string, string][] = [
      ['#вл80к', 'VL80K'], ['#вл80т', 'VL80T'], ['#вл80р', 'VL80R'], ['#2тэ10у', '2TE10U'], ['#2тэ25к', '2TE25K'],
      ['#чс4т', 'ChS4T'], ['#тэп70бс', 'TEP70BS'], ['#3эс5к', '3ES5K'], ['#м62', 'M62'], ['#тэ33а', 'TE33A'], ['#vl10', 'VL10'],
    ];
    for (const [tag, canonical] of spellings) expect(extractHints([tag]).locomotive).toBe(canonical);
  });
});
