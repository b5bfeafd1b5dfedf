import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../domain/sighting/parse-feed';
import { parseDegrees, validateSightingForm } from './sighting-form';
import { emptySightingForm, type SightingFormValues } from './sighting-form-values';

const base = (overrides: Partial<SightingFormValues> = {}): SightingFormValues => ({
  ...emptySightingForm({ lon: 29.153219, lat: 51.808441 }),
  ...overrides,
});

describe('emptySightingForm', () => {
  it('starts unverified at the clicked point rounded to 5 decimals', () => {
    expect(emptySightingForm({ lon: 29.153219, lat: 51.808441 })).toMatchObject({ lon: '29.15322', lat: '51.80844', status: 'unverified', place: '' });
  });
});

describe('parseDegrees', () => {
  it.each([
    ['51.8', 51.8],
    [' -29.15 ', -29.15],
    ['51,8', 51.8],
    ['+7', 7],
    ['.5', 0.5],
  ])('reads %j as %d', (text, value) => expect(parseDegrees(text)).toBe(value));
  it.each(['', 'abc', '51.8N', '1e3', '51.8.1', 'Infinity'])('refuses %j', (text) => expect(parseDegrees(text)).toBeUndefined());
});

describe('validateSightingForm', () => {
  it('builds a feed-format feature from a complete form', () => {
    const result = validateSightingForm(
      base({
        place: ' Yelsk station ',
        observedAt: '2022-02-10',
        status: 'geolocated',
        equipmentKind: 'tank',
        equipmentCount: '12',
        caption: 'Эшелон с танками #военныйэшелон',
        sourceUrl: 'https://t.me/somechannel/123',
      }),
    );
    expect(result).toEqual({
      ok: true,
      feature: {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [29.15322, 51.80844] },
        properties: {
          place: 'Yelsk station',
          observedAt: '2022-02-10',
          status: 'geolocated',
          equipment: [{ kind: 'tank', count: 12 }],
          source: { url: 'https://t.me/somechannel/123', platform: 'telegram', caption: 'Эшелон с танками #военныйэшелон' },
        },
      },
    });
  });

  it('builds a minimal feature from coordinates alone, which parseFeed accepts', () => {
    const result = validateSightingForm(base());
    expect(result).toEqual({ ok: true, feature: { type: 'Feature', geometry: { type: 'Point', coordinates: [29.15322, 51.80844] }, properties: { status: 'unverified' } } });
    if (!result.ok) return;
    const parsed = parseFeed({ type: 'FeatureCollection', features: [{ ...result.feature, id: 'x' }] });
    expect(parsed.ok && parsed.sightings.map((s) => [s.id, s.lon, s.lat, s.status])).toEqual([['x', 29.15322, 51.80844, 'unverified']]);
  });

  it.each(['javascript:alert(1)', 'ftp://example.com/x', 'example.com/post', 'https://user:pw@evil.example/'])('refuses the source link %j', (sourceUrl) => {
    expect(validateSightingForm(base({ sourceUrl }))).toEqual({
      ok: false,
      errors: { sourceUrl: 'Source link must be a full http:// or https:// address, e.g. https://t.me/channel/123.' },
    });
  });

  it('names each bad coordinate', () => {
    expect(validateSightingForm(base({ lon: '', lat: '95' }))).toEqual({
      ok: false,
      errors: { lon: 'Longitude is required.', lat: 'Latitude must be between −90 and 90.' },
    });
    expect(validateSightingForm(base({ lon: '29°E' }))).toEqual({
      ok: false,
      errors: { lon: 'Longitude must be a number in decimal degrees, e.g. 29.15.' },
    });
  });

  it('refuses an impossible date, a bad count and a count without a kind', () => {
    expect(validateSightingForm(base({ observedAt: '2022-02-30' })).ok).toBe(false);
    expect(validateSightingForm(base({ observedAt: '2022-02-30' }))).toEqual({ ok: false, errors: { observedAt: 'Observed date must be a real date (YYYY-MM-DD).' } });
    expect(validateSightingForm(base({ equipmentKind: 'tank', equipmentCount: '-3' }))).toEqual({
      ok: false,
      errors: { equipmentCount: 'Count must be a whole number from 0 to 10000.' },
    });
    expect(validateSightingForm(base({ equipmentCount: '4' }))).toEqual({ ok: false, errors: { equipmentKind: 'Choose the kind of equipment the count is for.' } });
  });

  it('refuses values that are not on the lists', () => {
    expect(validateSightingForm(base({ status: 'rumour', equipmentKind: 'spaceship' }))).toEqual({
      ok: false,
      errors: { status: 'Choose a status from the list.', equipmentKind: 'Choose an equipment kind from the list.' },
    });
  });
});
