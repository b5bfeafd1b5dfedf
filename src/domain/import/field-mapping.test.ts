import { describe, expect, it } from 'vitest';
import { fieldForHeader, fieldsToProperties, parseEquipmentList, splitHashtags } from './field-mapping.ts';

describe('fieldForHeader', () => {
  it('matches headers regardless of case, spacing, punctuation and a BOM', () => {
    expect(fieldForHeader('\uFEFFLatitude')).toBe('lat');
    expect(fieldForHeader(' LNG ')).toBe('lon');
    expect(fieldForHeader('Observed at')).toBe('observedAt');
    expect(fieldForHeader('observed_at')).toBe('observedAt');
    expect(fieldForHeader('source.url')).toBe('url');
    expect(fieldForHeader('Lat/Lon')).toBe('latlon');
    expect(fieldForHeader('Uncertainty (km)')).toBe('uncertaintyKm');
  });

  it('knows common Russian headers', () => {
    expect(fieldForHeader('Широта')).toBe('lat');
    expect(fieldForHeader('долгота')).toBe('lon');
    expect(fieldForHeader('Ссылка')).toBe('url');
    expect(fieldForHeader('Населённый пункт')).toBe('place');
  });

  it('leaves unknown headers unmapped', () => {
    expect(fieldForHeader('analyst note')).toBeUndefined();
    expect(fieldForHeader('')).toBeUndefined();
  });
});

describe('splitHashtags', () => {
  it('splits on spaces, commas, semicolons and run-together tags, keeping them as written', () => {
    expect(splitHashtags('#военныйэшелон #танки,#бтр; #вл10#Т72')).toEqual(['#военныйэшелон', '#танки', '#бтр', '#вл10', '#Т72']);
    expect(splitHashtags('танки бтр')).toEqual(['танки', 'бтр']);
    expect(splitHashtags(' # , ')).toEqual([]);
  });
});

describe('parseEquipmentList', () => {
  it('reads kind:count, kind:model:count and kind:model entries', () => {
    expect(parseEquipmentList('tank:10; apc-ifv:4')).toEqual([
      { kind: 'tank', count: 10 },
      { kind: 'apc-ifv', count: 4 },
    ]);
    expect(parseEquipmentList('tank: T-72B3 : 10, artillery:2S19, fuel')).toEqual([
      { kind: 'tank', model: 'T-72B3', count: 10 },
      { kind: 'artillery', model: '2S19' },
      { kind: 'fuel' },
    ]);
  });

  it('maps a few English aliases and passes unknown kinds on lower-cased', () => {
    expect(parseEquipmentList('Tanks:3; APC:2; Air Defense; Helicopter:1')).toEqual([
      { kind: 'tank', count: 3 },
      { kind: 'apc-ifv', count: 2 },
      { kind: 'air-defence' },
      { kind: 'helicopter', count: 1 },
    ]);
  });

  it('passes kinds named after object properties on as the text they are', () => {
    expect(parseEquipmentList('constructor:T-72:3; __proto__:2; toString')).toEqual([
      { kind: 'constructor', model: 'T-72', count: 3 },
      { kind: '__proto__', count: 2 },
      { kind: 'tostring' },
    ]);
  });
});

describe('fieldsToProperties', () => {
  it('builds the contract shape, infers the platform from the link and keeps unknown fields as strings', () => {
    const properties = fieldsToProperties(
      {
        id: 's-1',
        observedAt: '18.01.2022',
        url: 'https://vm.tiktok.com/ZMabc/',
        author: '@zhd_minsk',
        caption: 'Эшелон на Ельск\nвторой день',
        hashtags: '#военныйэшелон #танки',
        place: 'Ельск',
        status: 'Geolocated',
        locomotive: 'VL10',
        wagons: '42',
        equipment: 'tank:10',
        heading: 'se',
        precision: 'Town',
        uncertaintyKm: '2,5',
      },
      [
        ['analyst note', 'seen twice'],
        ['empty', '  '],
        ['__proto__', 'polluted'],
      ],
    );
    expect(properties).toEqual({
      observedAt: '2022-01-18',
      source: {
        platform: 'tiktok',
        url: 'https://vm.tiktok.com/ZMabc/',
        author: '@zhd_minsk',
        caption: 'Эшелон на Ельск\nвторой день',
        hashtags: ['#военныйэшелон', '#танки'],
      },
      place: 'Ельск',
      locationPrecision: { level: 'town', uncertaintyKm: 2.5 },
      heading: 'SE',
      equipment: [{ kind: 'tank', count: 10 }],
      locomotive: 'VL10',
      wagons: 42,
      status: 'geolocated',
      'analyst note': 'seen twice',
    });
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
  });

  it('passes values it cannot convert on as written, for parseFeed to report', () => {
    expect(fieldsToProperties({ wagons: 'about 40', heading: '135', observedAt: 'yesterday', platform: 'Instagram' }, [])).toEqual({
      observedAt: 'yesterday',
      source: { platform: 'other' },
      heading: 135,
      wagons: 'about 40',
    });
  });

  it('keeps an extra column named like an Object method', () => {
    expect(fieldsToProperties({}, [['toString', 'x']])).toEqual({ toString: 'x' });
  });
});
