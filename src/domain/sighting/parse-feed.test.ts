import { describe, expect, it } from 'vitest';
import { parseFeed, type FeedParseResult, type FeedParseSuccess } from './parse-feed';
import { generatedSightingId } from './sighting-id';
import { SightingFeatureSchema } from './sighting-feed-schema';

function createFeature(properties: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'Feature', id: 'yelsk-1', geometry: { type: 'Point', coordinates: [29.15, 51.81] }, properties, ...extra };
}

function createFeed(features: unknown[], metadata?: unknown): Record<string, unknown> {
  return metadata === undefined ? { type: 'FeatureCollection', features } : { type: 'FeatureCollection', metadata, features };
}

function success(result: FeedParseResult): FeedParseSuccess {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result;
}

function only(result: FeedParseResult) {
  const parsed = success(result);
  expect(parsed.sightings).toHaveLength(1);
  return parsed.sightings[0] as NonNullable<(typeof parsed.sightings)[0]>;
}

describe('parseFeed: a complete feature', () => {
  it('maps every field of the format to the flat Sighting', () => {
    const feature = createFeature({
      observedAt: '2022-01-18T09:30:00Z',
      postedAt: '2022-01-19',
      source: {
        platform: 'tiktok',
        url: 'https://www.tiktok.com/@railfan/video/7054123456789012345',
        author: 'railfan',
        caption: 'Эшелон на Ельск',
        hashtags: ['#ВоенныйЭшелон', 'танки'],
        archivedUrl: 'https://web.archive.org/web/2022/https://www.tiktok.com/@railfan/video/7054123456789012345',
      },
      place: 'Yelsk, Homel region',
      locationPrecision: { level: 'town', uncertaintyKm: 3 },
      heading: 'SE',
      equipment: [{ kind: 'tank', model: 'T-72B3', count: 12 }],
      locomotive: 'VL10U',
      wagons: 40,
      status: 'geolocated',
    });
    expect(only(parseFeed(createFeed([feature])))).toEqual({
      id: 'yelsk-1',
      lon: 29.15,
      lat: 51.81,
      observedAt: '2022-01-18T09:30:00Z',
      postedAt: '2022-01-19',
      platform: 'tiktok',
      url: 'https://www.tiktok.com/@railfan/video/7054123456789012345',
      archivedUrl: 'https://web.archive.org/web/2022/https://www.tiktok.com/@railfan/video/7054123456789012345',
      author: 'railfan',
      caption: 'Эшелон на Ельск',
      hashtags: ['военныйэшелон', 'танки'],
      place: 'Yelsk, Homel region',
      uncertaintyKm: 3,
      precision: 'town',
      headingDeg: 135,
      equipment: [{ kind: 'tank', model: 'T-72B3', count: 12 }],
      locomotive: 'VL10U',
      militaryEchelon: true,
      wagons: 40,
      status: 'geolocated',
      derived: { equipment: false, locomotive: false, operator: false },
      extra: {},
    });
  });

  it('fills the minimum: empty lists, status unverified, nothing derived', () => {
    expect(only(parseFeed(createFeed([createFeature()])))).toEqual({
      id: 'yelsk-1',
      lon: 29.15,
      lat: 51.81,
      hashtags: [],
      equipment: [],
      militaryEchelon: false,
      status: 'unverified',
      derived: { equipment: false, locomotive: false, operator: false },
      extra: {},
    });
  });

  it('accepts properties: null and a number id', () => {
    const sighting = only(parseFeed(createFeed([{ type: 'Feature', id: 17, geometry: { type: 'Point', coordinates: [29, 52] }, properties: null }])));
    expect(sighting.id).toBe('17');
  });

  it('returns the collection metadata with only known, well-typed fields', () => {
    const metadata = { title: 'Sample sightings', description: 'Illustrative', illustrative: true, license: 'CC0', homepage: 'javascript:alert(1)', extra: 1 };
    expect(success(parseFeed(createFeed([createFeature()], metadata))).metadata).toEqual({
      title: 'Sample sightings',
      description: 'Illustrative',
      illustrative: true,
      license: 'CC0',
    });
    expect(success(parseFeed(createFeed([createFeature()], { illustrative: true }))).metadata).toEqual({ title: 'Untitled feed', illustrative: true });
    expect(success(parseFeed(createFeed([createFeature()]))).metadata).toBeUndefined();
  });
});

describe('parseFeed: enrichment from hashtags and caption', () => {
  it('derives equipment, locomotive and operator when the feed gives none, and flags them', () => {
    const sighting = only(parseFeed(createFeed([createFeature({ source: { hashtags: ['#рек', '#танки', '#бтр', '#беларусь', '#бжд'], caption: 'тянет #вл80с' } })])));
    expect(sighting.equipment).toEqual([
      { kind: 'tank', evidence: '#танки' },
      { kind: 'apc-ifv', evidence: '#бтр' },
    ]);
    expect(sighting.locomotive).toBe('VL80S');
    expect(sighting.operator).toBe('BCh');
    expect(sighting.derived).toEqual({ equipment: true, locomotive: true, operator: true });
  });

  it('lets feed-given fields win over derived ones', () => {
    const sighting = only(
      parseFeed(createFeed([createFeature({ equipment: [{ kind: 'fuel' }], locomotive: '2TE10U', operator: 'RZD', source: { hashtags: ['#танки', '#вл10', '#бжд'] } })])),
    );
    expect(sighting.equipment).toEqual([{ kind: 'fuel' }]);
    expect(sighting.locomotive).toBe('2TE10U');
    expect(sighting.operator).toBe('RZD');
    expect(sighting.derived).toEqual({ equipment: false, locomotive: false, operator: false });
  });

  it('writes a feed locomotive in its canonical Latin form when it recognises it, else keeps it', () => {
    expect(only(parseFeed(createFeed([createFeature({ locomotive: 'ВЛ80С' })]))).locomotive).toBe('VL80S');
    expect(only(parseFeed(createFeed([createFeature({ locomotive: 'Sergei-1' })]))).locomotive).toBe('Sergei-1');
  });

  it('adds hashtags written in the caption after the feed ones, lower-case and unique', () => {
    const sighting = only(parseFeed(createFeed([createFeature({ source: { hashtags: ['##Танки', ' бтр '], caption: 'Вот #ТАНКИ и #ВЛ10у #зима' } })])));
    expect(sighting.hashtags).toEqual(['танки', 'бтр', 'вл10у', 'зима']);
  });
});

describe('parseFeed: ids', () => {
  it('gives a feature without id the hash of its coordinates, url and caption', () => {
    const feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [29.15, 51.81] }, properties: { source: { url: 'https://t.me/x/1', caption: 'эшелон' } } };
    expect(only(parseFeed(createFeed([feature]))).id).toBe(generatedSightingId(29.15, 51.81, 'https://t.me/x/1', 'эшелон'));
    expect(only(parseFeed(createFeed([feature]))).id).toBe(only(parseFeed(createFeed([structuredClone(feature)]))).id);
  });

  it('keeps the first of two features with one id and reports the second as skipped', () => {
    const result = success(parseFeed(createFeed([createFeature({ place: 'first' }), createFeature({ place: 'second' })])));
    expect(result.sightings.map((s) => s.place)).toEqual(['first']);
    expect(result.skipped).toEqual([{ index: 1, id: 'yelsk-1', code: 'duplicate-id', reason: 'The id "yelsk-1" was already used by feature 0, which is kept.' }]);
  });
});

describe('parseFeed: swapped coordinates', () => {
  it('warns with a fix when [lat, lon] was written instead of [lon, lat], keeping the point as given', () => {
    const result = success(parseFeed(createFeed([createFeature({}, { geometry: { type: 'Point', coordinates: [51.81, 29.15] } })])));
    expect(result.sightings[0]).toMatchObject({ lon: 51.81, lat: 29.15 });
    expect(result.warnings).toEqual([
      {
        index: 0,
        id: 'yelsk-1',
        code: 'swapped-coordinates',
        message: '[51.81, 29.15] lies outside the region but [29.15, 51.81] inside it: longitude and latitude look swapped.',
        fix: { lon: 29.15, lat: 51.81 },
      },
    ]);
  });

  it('does not warn when both orders are outside the region, or the point is inside', () => {
    expect(success(parseFeed(createFeed([createFeature({}, { geometry: { type: 'Point', coordinates: [-74, 40.7] } })]))).warnings).toEqual([]);
    expect(success(parseFeed(createFeed([createFeature()]))).warnings).toEqual([]);
  });

  it('uses the region given in the options', () => {
    const feed = createFeed([createFeature({}, { geometry: { type: 'Point', coordinates: [40.7, -74] } })]);
    expect(success(parseFeed(feed, { region: [-80, 35, -70, 45] })).warnings.map((w) => w.code)).toEqual(['swapped-coordinates']);
    expect(success(parseFeed(feed)).warnings).toEqual([]);
  });
});

describe('parseFeed: bad optional fields are dropped with a warning', () => {
  const warningsFor = (properties: Record<string, unknown>) => success(parseFeed(createFeed([createFeature(properties)]))).warnings.map((w) => [w.code, w.message]);

  it('drops a wrongly typed field and keeps the feature', () => {
    const result = success(parseFeed(createFeed([createFeature({ place: 42, wagons: 2.5, heading: 'up', equipment: 'tanks' })])));
    expect(result.sightings).toHaveLength(1);
    expect(result.sightings[0]).not.toHaveProperty('place');
    expect(result.sightings[0]).not.toHaveProperty('wagons');
    expect(result.sightings[0]).not.toHaveProperty('headingDeg');
    expect(result.warnings.map((w) => w.message)).toEqual([
      'equipment is the text "tanks", not a list; it was dropped.',
      'place is the number 42, not text; it was dropped.',
      'heading is the text "up", not a compass point (N, NE, E, SE, S, SW, W, NW) or degrees 0–360; it was dropped.',
      'wagons is the number 2.5, not a whole number of 0 or more; it was dropped.',
    ]);
  });

  it('drops only the bad part of an equipment entry, and entries of unknown kind', () => {
    const result = success(parseFeed(createFeed([createFeature({ equipment: [{ kind: 'tank', count: -3 }, { kind: 'spaceship' }, { kind: 'Truck', model: 'KamAZ' }] })])));
    expect(result.sightings[0]?.equipment).toEqual([{ kind: 'tank' }, { kind: 'truck', model: 'KamAZ' }]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'equipment[0].count is the number -3, not a whole number of 0 or more; it was dropped.',
      'equipment[1].kind is the text "spaceship", not one of tank, apc-ifv, light-armoured, artillery, mlrs, air-defence, truck, fuel, ammunition, engineering, medical, other; it was dropped.',
    ]);
  });

  it('falls back to unverified for an unknown status', () => {
    const result = success(parseFeed(createFeed([createFeature({ status: 'totally-real' })])));
    expect(result.sightings[0]?.status).toBe('unverified');
    expect(result.warnings.map((w) => w.code)).toEqual(['invalid-field']);
  });

  it('reads enum values regardless of case and surrounding spaces', () => {
    const sighting = only(parseFeed(createFeed([createFeature({ status: ' Confirmed ', source: { platform: 'Telegram' }, heading: 'nw' })])));
    expect([sighting.status, sighting.platform, sighting.headingDeg]).toEqual(['confirmed', 'telegram', 315]);
  });

  it('reads degrees as given, with 360 as north', () => {
    expect(only(parseFeed(createFeed([createFeature({ heading: 200.5 })]))).headingDeg).toBe(200.5);
    expect(only(parseFeed(createFeed([createFeature({ heading: 360 })]))).headingDeg).toBe(0);
    expect(warningsFor({ heading: -10 })).toEqual([
      ['invalid-field', 'heading is the number -10, not a compass point (N, NE, E, SE, S, SW, W, NW) or degrees 0–360; it was dropped.'],
    ]);
  });

  it('treats null and blank text as not given, without warnings', () => {
    const sighting = only(parseFeed(createFeed([createFeature({ place: '  ', observedAt: '', status: null, source: { url: '' } })])));
    expect(sighting).not.toHaveProperty('place');
    expect(sighting).not.toHaveProperty('observedAt');
    expect(warningsFor({ place: '  ', observedAt: '', status: null, source: { url: '' } })).toEqual([]);
  });

  it('drops properties that are not an object but keeps the feature', () => {
    expect(warningsFor({})).toEqual([]);
    const result = success(parseFeed(createFeed([{ type: 'Feature', id: 'a', geometry: { type: 'Point', coordinates: [29, 52] }, properties: 'x' }])));
    expect(result.warnings.map((w) => w.message)).toEqual(['properties is the text "x", not an object; it was dropped.']);
  });
});

describe('parseFeed: unknown properties', () => {
  it('keeps unknown properties, and unknown keys of source and locationPrecision, as they came', () => {
    const sighting = only(
      parseFeed(createFeed([createFeature({ views: 1200, tags: { a: [1, 2] }, source: { platform: 'vk', likes: 5 }, locationPrecision: { level: 'exact', method: 'shadow' } })])),
    );
    expect(sighting.extra).toEqual({ views: 1200, tags: { a: [1, 2] }, source: { likes: 5 }, locationPrecision: { method: 'shadow' } });
    expect(sighting.platform).toBe('vk');
  });

  it('keeps an operator value the app does not know in extra', () => {
    expect(only(parseFeed(createFeed([createFeature({ operator: 'PKP' })]))).extra).toEqual({ operator: 'PKP' });
  });
});

describe('parseFeed: input forms', () => {
  it('reads text, bytes and a parsed object alike', () => {
    const feed = createFeed([createFeature({ place: 'Мозырь' })]);
    const text = JSON.stringify(feed);
    const expected = only(parseFeed(feed));
    expect(only(parseFeed(text))).toEqual(expected);
    expect(only(parseFeed(new TextEncoder().encode(text)))).toEqual(expected);
    expect(only(parseFeed(new TextEncoder().encode(text).buffer))).toEqual(expected);
  });

  it('ignores a byte-order mark', () => {
    expect(only(parseFeed(`\uFEFF${JSON.stringify(createFeed([createFeature()]))}`)).id).toBe('yelsk-1');
  });

  it('refuses input above the size limits with too-large', () => {
    const feed = createFeed([createFeature(), createFeature({}, { id: 'b' })]);
    expect(parseFeed(feed, { maxFeatures: 1 })).toEqual({
      ok: false,
      error: { code: 'too-large', message: 'The feed has 2 features; at most 1 can be loaded at once.' },
    });
    expect(parseFeed(JSON.stringify(feed), { maxCharacters: 100 })).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });
});

describe('parseFeed agrees with the zod contract', () => {
  const cases: unknown[] = [
    createFeature(),
    createFeature({ observedAt: '2022-01-18', status: 'confirmed', equipment: [{ kind: 'mlrs', count: 4 }], heading: 'N', custom: true }),
    createFeature({ source: { platform: 'youtube', url: 'https://youtu.be/x', hashtags: ['a'] }, locationPrecision: { uncertaintyKm: 0.5 } }),
    createFeature({}, { geometry: { type: 'Point', coordinates: [-180, 90, 120] } }),
    createFeature({ observedAt: '2022-02-30' }),
    createFeature({}, { geometry: { type: 'Point', coordinates: [181, 0] } }),
    createFeature({}, { geometry: { type: 'MultiPoint', coordinates: [[29, 52]] } }),
    createFeature({ equipment: [{ kind: 'tank', count: 1.5 }] }),
    createFeature({ status: 'maybe' }),
    createFeature({ source: { url: 'javascript:alert(1)' } }),
    createFeature({ wagons: -1 }),
  ];

  it.each(cases.map((feature, i) => [i, feature] as const))('case %i: the schema accepts it exactly when parseFeed keeps it without warnings', (_i, feature) => {
    const result = parseFeed(createFeed([feature]));
    const clean = result.ok && result.warnings.length === 0;
    expect(SightingFeatureSchema.safeParse(feature).success).toBe(clean);
  });
});
