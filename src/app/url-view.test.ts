import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, readViewFromUrl } from './url-view';

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
