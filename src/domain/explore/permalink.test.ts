import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type FilterState } from './filter-state';
import { decodeAppState, encodeAppState, MAX_SEARCH_LENGTH, MAX_TEXT_LENGTH, type AppState } from './permalink';

function filters(overrides: Partial<FilterState>): FilterState {
  return { ...EMPTY_FILTERS, ...overrides };
}

const FULL: AppState = {
  view: { lon: 29.25, lat: 52.05, zoom: 7.5 },
  selectedId: 'rw-sample-001',
  filters: filters({
    from: '2022-01-18',
    to: '2022-02-03',
    text: 'танки Мозырь',
    statuses: ['disputed', 'confirmed'],
    kinds: ['tank', 'apc-ifv'],
    platforms: ['tiktok', 'vk'],
    feeds: ['local', 'f,with&odd=chars'],
    distance: { maxKm: 40 * 1.609344 },
    pinnedOnly: true,
    annotatedOnly: false,
    offRailOnly: true,
  }),
};

describe('encodeAppState', () => {
  it('writes a compact, readable query string', () => {
    expect(encodeAppState(FULL)).toBe(
      'view=29.25,52.05,7.5&sel=rw-sample-001&q=%D1%82%D0%B0%D0%BD%D0%BA%D0%B8%20%D0%9C%D0%BE%D0%B7%D1%8B%D1%80%D1%8C' +
        '&from=2022-01-18&to=2022-02-03&st=disputed,confirmed&eq=tank,apc-ifv&pf=tiktok,vk' +
        '&feed=local,f%2Cwith%26odd%3Dchars&dist=40mi&only=pinned,offrail',
    );
  });

  it('writes nothing for the default state', () => {
    expect(encodeAppState({ filters: EMPTY_FILTERS })).toBe('');
  });

  it('rounds the view and leaves out filters that cannot apply', () => {
    const state: AppState = {
      view: { lon: 29.123456, lat: 52.987654, zoom: 7.256 },
      filters: filters({ from: '2022-02-30', text: ' # ', distance: { maxKm: -1 } }),
    };
    expect(encodeAppState(state)).toBe('view=29.1235,52.9877,7.26');
  });

  it("keeps other features' parameters and replaces its own", () => {
    expect(encodeAppState({ view: { lon: 1, lat: 2, zoom: 3 }, filters: EMPTY_FILTERS }, '?tab=layers&view=9,9,9&q=old&x')).toBe(
      'view=1,2,3&tab=layers&x',
    );
  });
});

describe('decodeAppState', () => {
  it('restores what encodeAppState wrote', () => {
    expect(decodeAppState(`?${encodeAppState(FULL)}`)).toEqual(FULL);
  });

  it('round-trips distances in km and odd ids', () => {
    const state: AppState = { selectedId: 'id with spaces/ü#1', filters: filters({ distance: { maxKm: 25 } }) };
    expect(decodeAppState(encodeAppState(state))).toEqual(state);
  });

  it('reads hand-written links with raw Cyrillic and + for spaces', () => {
    expect(decodeAppState('view=29.25,52.05,7.5&q=военный+эшелон&st=disputed,confirmed&from=2022-01-18')).toEqual({
      view: { lon: 29.25, lat: 52.05, zoom: 7.5 },
      filters: filters({ text: 'военный эшелон', statuses: ['disputed', 'confirmed'], from: '2022-01-18' }),
    });
  });

  it('ignores unknown values and keeps the known ones', () => {
    expect(decodeAppState('st=confirmed,hacked,CONFIRMED,confirmed&eq=tank,<b>&pf=myspace&only=pinned,everything')).toEqual({
      filters: filters({ statuses: ['confirmed'], kinds: ['tank'], pinnedOnly: true }),
    });
  });

  it('drops a malformed or out-of-range view, distance and dates', () => {
    for (const search of [
      'view=200,52,7',
      'view=29,52',
      'view=0x1D,52,7',
      'view=Infinity,52,7',
      'view=29,52,7,1',
      'dist=0km',
      'dist=-5km',
      'dist=40parsecs',
      'dist=99999km',
      'from=2022-02-30',
      'to=20220118',
    ]) {
      expect(decodeAppState(search), search).toEqual({ filters: EMPTY_FILTERS });
    }
  });

  it('swaps a from that is after the to', () => {
    expect(decodeAppState('from=2022-02-03&to=2022-01-18').filters).toEqual(filters({ from: '2022-01-18', to: '2022-02-03' }));
  });

  it('keeps javascript: and markup as plain search text, never as a link', () => {
    const state = decodeAppState('q=javascript%3Aalert(document.cookie)&sel=javascript%3Aalert(1)');
    expect(state.filters.text).toBe('javascript:alert(document.cookie)');
    expect(state.selectedId).toBe('javascript:alert(1)');
    expect(decodeAppState('q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E').filters.text).toBe('<img src=x onerror=alert(1)>');
  });

  it('never throws on broken escapes, and reads the rest', () => {
    expect(decodeAppState('q=%E0%A4%A&sel=%&st=disputed')).toEqual({ filters: filters({ statuses: ['disputed'] }) });
    for (const garbage of ['%', '&&&', '=', '?=&=', 'q', '%zz=1', '\u0000', undefined, null, 42, {}]) {
      expect(decodeAppState(garbage)).toEqual({ filters: EMPTY_FILTERS });
    }
  });

  it('replaces control characters in text and refuses them in ids', () => {
    const state = decodeAppState('q=tanks%0A%00trucks&sel=a%0Ab');
    expect(state.filters.text).toBe('tanks  trucks');
    expect(state.selectedId).toBeUndefined();
  });

  it('limits how much it reads', () => {
    const longText = decodeAppState(`q=${'я'.repeat(5000)}`).filters.text;
    expect(Array.from(longText)).toHaveLength(MAX_TEXT_LENGTH);

    const huge = `st=disputed&q=${'a'.repeat(MAX_SEARCH_LENGTH * 10)}`;
    expect(decodeAppState(huge)).toEqual({ filters: filters({ statuses: ['disputed'] }) });

    expect(decodeAppState(`sel=${'x'.repeat(201)}`).selectedId).toBeUndefined();
    expect(decodeAppState(`feed=${Array.from({ length: 500 }, (_, i) => `f${i}`).join(',')}`).filters.feeds).toHaveLength(64);
  });

  it('takes the first of a repeated parameter', () => {
    expect(decodeAppState('sel=first&sel=second').selectedId).toBe('first');
  });
});
