import { describe, expect, it } from 'vitest';
import { formatLocationInput, parseLocationInput, parseUncertaintyInput } from './parse-location-input';

describe('parseLocationInput', () => {
  it.each([
    ['52.05, 29.25', 29.25, 52.05],
    ['52.05 29.25', 29.25, 52.05],
    ['  52.05,29.25  ', 29.25, 52.05],
    ['52,05 29,25', 29.25, 52.05],
    ['52.05 N, 29.25 E', 29.25, 52.05],
    ['29.25 E 52.05 N', 29.25, 52.05],
    ['-33.5, -70.25', -70.25, -33.5],
  ])('reads %s as lat, lon', (input, lon, lat) => {
    expect(parseLocationInput(input)).toEqual({ ok: true, lon, lat });
  });

  it('reads degrees and minutes with hemisphere letters', () => {
    expect(parseLocationInput('52°03′N 29°15′E')).toEqual({ ok: true, lat: 52.05, lon: 29.25 });
  });

  it('reads degrees, minutes and seconds with ASCII quotes', () => {
    expect(parseLocationInput(`52°03'36"N, 29°15'00"E`)).toEqual({ ok: true, lat: 52.06, lon: 29.25 });
  });

  it('reads plain degree signs', () => {
    expect(parseLocationInput('52.05°, 29.25°')).toEqual({ ok: true, lat: 52.05, lon: 29.25 });
  });

  it('refuses an empty field with an example', () => {
    expect(parseLocationInput('   ')).toEqual({ ok: false, message: 'Enter a location. Type latitude, longitude, e.g. 52.05, 29.25.' });
  });

  it('refuses text that is not a pair, quoting it', () => {
    expect(parseLocationInput('Yelsk station')).toEqual({
      ok: false,
      message: '"Yelsk station" is not a "latitude, longitude" pair. Type latitude, longitude, e.g. 52.05, 29.25.',
    });
  });

  it('refuses a single number', () => {
    expect(parseLocationInput('52.05').ok).toBe(false);
  });

  it('refuses a latitude out of range', () => {
    expect(parseLocationInput('95, 29')).toEqual({ ok: false, message: 'Latitude 95 is outside −90…90. Type latitude, longitude, e.g. 52.05, 29.25.' });
  });

  it('refuses a longitude out of range', () => {
    expect(parseLocationInput('52, 190')).toEqual({ ok: false, message: 'Longitude 190 is outside −180…180. Type latitude, longitude, e.g. 52.05, 29.25.' });
  });

  it('refuses two latitudes', () => {
    expect(parseLocationInput('52 N, 29 N')).toMatchObject({ ok: false, message: expect.stringContaining('gives two latitudes') });
  });

  it('refuses minutes of 60 or more', () => {
    expect(parseLocationInput('52°75′N 29°15′E')).toEqual({
      ok: false,
      message: '52°75′ has minutes of 60 or more. Type latitude, longitude, e.g. 52.05, 29.25.',
    });
  });
});

describe('parseUncertaintyInput', () => {
  it('takes an empty field as no stated uncertainty', () => {
    expect(parseUncertaintyInput(' ')).toEqual({ ok: true, km: undefined });
  });

  it.each([
    ['2.5', 2.5],
    ['2,5', 2.5],
    ['0', 0],
    ['3 km', 3],
  ])('reads %s', (input, km) => {
    expect(parseUncertaintyInput(input)).toEqual({ ok: true, km });
  });

  it('refuses text, negatives and absurd radii', () => {
    expect(parseUncertaintyInput('about 2')).toEqual({ ok: false, message: '"about 2" is not a number of kilometres.' });
    expect(parseUncertaintyInput('-1')).toEqual({ ok: false, message: 'The uncertainty cannot be negative.' });
    expect(parseUncertaintyInput('5000').ok).toBe(false);
  });
});

describe('formatLocationInput', () => {
  it('prints latitude first, rounded to five decimals, and reads back to the same point', () => {
    const text = formatLocationInput(29.2500001, 52.0512345);
    expect(text).toBe('52.05123, 29.25');
    expect(parseLocationInput(text)).toEqual({ ok: true, lat: 52.05123, lon: 29.25 });
  });
});
