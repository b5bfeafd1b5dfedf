import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../domain/explore/filter-state';
import { appStateUrl, DEFAULT_VIEW, readViewFromUrl } from './url-view';

describe('readViewFromUrl', () => {
  it('reads lon, lat and zoom', () => {
    expect(readViewFromUrl('?view=29.25,52.05,9.5')).toEqual({ lon: 29.25, lat: 52.05, zoom: 9.5 });
  });

  it.each(['', '?view=', '?view=1,2', '?view=a,b,c', '?view=200,50,5', '?view=30,50,99', '?view=Infinity,1,1'])(
    'falls back to the default view for %j',
    (search) => {
      expect(readViewFromUrl(search)).toEqual(DEFAULT_VIEW);
    },
  );
});

describe('appStateUrl', () => {
  const location = { pathname: '/app/', search: '', hash: '' };

  it('puts view, selection and filters in the query', () => {
    const url = appStateUrl(
      { view: { lon: 29.25, lat: 52.05, zoom: 7.5 }, selectedId: 'rw-1', filters: { ...EMPTY_FILTERS, text: 'танки', pinnedOnly: true } },
      location,
    );
    expect(url).toBe(`/app/?view=29.25,52.05,7.5&sel=rw-1&q=${encodeURIComponent('танки')}&only=pinned`);
  });

  it('keeps the hash and parameters railwatch does not own, and replaces its own', () => {
    const url = appStateUrl({ filters: EMPTY_FILTERS, selectedId: 'b' }, { pathname: '/', search: '?sel=a&debug=1', hash: '#x' });
    expect(url).toBe('/?sel=b&debug=1#x');
  });

  it('gives the bare path for an empty state', () => {
    expect(appStateUrl({ filters: EMPTY_FILTERS }, location)).toBe('/app/');
  });
});
