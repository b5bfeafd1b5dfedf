import { describe, expect, it } from 'vitest';
import { parseDecimal, parseLatLonCells, parseLatLonText } from './parse-coordinates.ts';

describe('parseDecimal', () => {
  it('reads dot and comma decimals and signs', () => {
    expect(parseDecimal('52.05')).toBe(52.05);
    expect(parseDecimal(' 52,05 ')).toBe(52.05);
    expect(parseDecimal('-23.5')).toBe(-23.5);
    expect(parseDecimal('\u22123,5')).toBe(-3.5);
    expect(parseDecimal('+29')).toBe(29);
  });

  it('refuses thousands separators, exponents, words and empty text', () => {
    for (const raw of ['1,234.5', '1.234,5', '1e2', 'abc', '', '52.05.1', 'NaN', 'Infinity']) {
      expect(parseDecimal(raw), raw).toBeUndefined();
    }
  });
});

describe('parseLatLonText', () => {
  it('reads Google Maps order (latitude first) and returns [lon, lat]', () => {
    expect(parseLatLonText('52.05, 29.25')).toEqual({ ok: true, value: [29.25, 52.05] });
    expect(parseLatLonText('52.05,29.25')).toEqual({ ok: true, value: [29.25, 52.05] });
    expect(parseLatLonText('(51.8139, 29.1536)')).toEqual({ ok: true, value: [29.1536, 51.8139] });
  });

  it('reads decimal commas when the pair is separated by a semicolon or a space', () => {
    expect(parseLatLonText('52,05; 29,25')).toEqual({ ok: true, value: [29.25, 52.05] });
    expect(parseLatLonText('52,05 29,25')).toEqual({ ok: true, value: [29.25, 52.05] });
    expect(parseLatLonText('52,05, 29,25')).toEqual({ ok: true, value: [29.25, 52.05] });
  });

  it('refuses a pair that can be split more than one way', () => {
    expect(parseLatLonText('52,05,29,25')).toEqual({ ok: false, reason: '"52,05,29,25" is not a "latitude, longitude" pair' });
  });

  it('uses hemisphere letters, Latin or Russian, for sign and order', () => {
    expect(parseLatLonText('52.05° N, 29.25° E')).toEqual({ ok: true, value: [29.25, 52.05] });
    expect(parseLatLonText('29.25 E 52.05 N')).toEqual({ ok: true, value: [29.25, 52.05] });
    expect(parseLatLonText('34.6 S, 58.4 W')).toEqual({ ok: true, value: [-58.4, -34.6] });
    expect(parseLatLonText('52,05 с.ш., 29,25 в.д.')).toEqual({ ok: true, value: [29.25, 52.05] });
    expect(parseLatLonText('52.05 N, 29.25 N')).toEqual({ ok: false, reason: '"52.05 N, 29.25 N" gives two latitudes' });
  });

  it('explains empty, non-numeric and out-of-range values', () => {
    expect(parseLatLonText('  ')).toEqual({ ok: false, reason: 'the coordinates are empty' });
    expect(parseLatLonText('Yelsk')).toEqual({ ok: false, reason: '"Yelsk" is not a "latitude, longitude" pair' });
    expect(parseLatLonText('152.05, 29.25')).toEqual({ ok: false, reason: 'latitude 152.05 is outside −90…90' });
    expect(parseLatLonText('52.05, 229.25')).toEqual({ ok: false, reason: 'longitude 229.25 is outside −180…180' });
  });
});

describe('parseLatLonCells', () => {
  it('reads two cells with dot or comma decimals and returns [lon, lat]', () => {
    expect(parseLatLonCells('51,8139', '29,1536')).toEqual({ ok: true, value: [29.1536, 51.8139] });
    expect(parseLatLonCells('51.8139', ' 29.1536 ')).toEqual({ ok: true, value: [29.1536, 51.8139] });
  });

  it('says which cell is wrong', () => {
    expect(parseLatLonCells('', '')).toEqual({ ok: false, reason: 'latitude and longitude are empty' });
    expect(parseLatLonCells('', '29.1')).toEqual({ ok: false, reason: 'latitude is empty' });
    expect(parseLatLonCells('52.1', 'x')).toEqual({ ok: false, reason: 'longitude "x" is not a number' });
    expect(parseLatLonCells('=HYPERLINK("x")', '29.1')).toEqual({ ok: false, reason: 'latitude "=HYPERLINK("x")" is not a number' });
  });
});
