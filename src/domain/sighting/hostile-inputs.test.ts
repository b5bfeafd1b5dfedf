import { describe, expect, it } from 'vitest';
import { parseFeed, type FeedParseResult, type FeedParseSuccess } from './parse-feed';

/*
 * Malformed and hostile feeds, each with its exact outcome. parseFeed must never throw and
 * must lose only what is broken.
 */

const point = (coordinates: unknown) => ({ type: 'Point', coordinates });
const feature = (over: Record<string, unknown> = {}) => ({ type: 'Feature', id: 'f1', geometry: point([29.15, 51.81]), properties: {}, ...over });
const feed = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
/** A usable feature next to the hostile one, so the file as a whole still loads. */
const withGood = (bad: unknown) => feed(bad, feature({ id: 'good' }));

function success(result: FeedParseResult): FeedParseSuccess {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result;
}

function skippedOf(bad: unknown) {
  const result = success(parseFeed(withGood(bad)));
  expect(result.sightings.map((s) => s.id)).toEqual(['good']);
  return result.skipped;
}

describe('files that cannot be used at all', () => {
  it('truncated JSON', () => {
    const result = parseFeed('{"type":"FeatureCollection","features":[{"type":"Fea');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('not-json');
      expect(result.error.message).toMatch(/^The file is not valid JSON \(.+\)\.$/);
    }
  });

  it('empty string and whitespace', () => {
    const empty = { ok: false, error: { code: 'not-json', message: 'The file is empty.' } };
    expect(parseFeed('')).toEqual(empty);
    expect(parseFeed(' \n\t ')).toEqual(empty);
  });

  it('a NaN token is not JSON', () => {
    const result = parseFeed('{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[NaN,51]}}]}');
    expect(result.ok ? 'ok' : result.error.code).toBe('not-json');
  });

  it('null', () => {
    expect(parseFeed('null')).toEqual({ ok: false, error: { code: 'not-feature-collection', message: 'The file holds null, not a GeoJSON FeatureCollection.' } });
    expect(parseFeed(null)).toEqual(parseFeed('null'));
  });

  it('a bare array', () => {
    expect(parseFeed('[{"type":"Feature"}]')).toEqual({
      ok: false,
      error: { code: 'not-feature-collection', message: 'The file holds a JSON list, not a GeoJSON FeatureCollection.' },
    });
  });

  it('a Feature instead of a collection', () => {
    expect(parseFeed(feature())).toEqual({
      ok: false,
      error: { code: 'not-feature-collection', message: 'The file holds a single GeoJSON Feature, not a FeatureCollection of sightings.' },
    });
  });

  it('a number, a string, and an object of another type', () => {
    expect(parseFeed('42')).toEqual({ ok: false, error: { code: 'not-feature-collection', message: 'The file holds the number 42, not a GeoJSON FeatureCollection.' } });
    expect(parseFeed('"features"')).toEqual({
      ok: false,
      error: { code: 'not-feature-collection', message: 'The file holds the text "features", not a GeoJSON FeatureCollection.' },
    });
    expect(parseFeed({ type: 'Topology' })).toEqual({
      ok: false,
      error: { code: 'not-feature-collection', message: 'The file holds an object of type the text "Topology", not a GeoJSON FeatureCollection.' },
    });
  });

  it('features that is not a list', () => {
    expect(parseFeed({ type: 'FeatureCollection', features: { 0: feature() } })).toEqual({
      ok: false,
      error: { code: 'not-feature-collection', message: 'The FeatureCollection\'s "features" is an object, not a list.' },
    });
  });

  it('an empty features array', () => {
    expect(parseFeed(feed())).toEqual({ ok: false, error: { code: 'no-usable-features', message: 'The feed holds no features.' } });
  });

  it('no usable feature among several', () => {
    expect(parseFeed(feed(feature({ geometry: null }), feature({ id: 'f2', geometry: point([200, 50]) })))).toEqual({
      ok: false,
      error: { code: 'no-usable-features', message: 'None of the 2 features could be used (feature 0: the feature has no geometry).' },
    });
  });
});

describe('features that are skipped, with the reason', () => {
  it('entries that are not Features', () => {
    const result = success(parseFeed(feed(null, 7, 'x', [], { type: 'Point', coordinates: [1, 2] }, feature())));
    expect(result.skipped.map((s) => [s.index, s.code, s.reason])).toEqual([
      [0, 'not-a-feature', 'The entry is null, not a GeoJSON Feature.'],
      [1, 'not-a-feature', 'The entry is the number 7, not a GeoJSON Feature.'],
      [2, 'not-a-feature', 'The entry is the text "x", not a GeoJSON Feature.'],
      [3, 'not-a-feature', 'The entry is an array, not a GeoJSON Feature.'],
      [4, 'not-a-feature', 'The entry is an object of type the text "Point", not a GeoJSON Feature.'],
    ]);
  });

  it('missing geometry', () => {
    expect(skippedOf(feature({ geometry: undefined }))).toEqual([{ index: 0, id: 'f1', code: 'missing-geometry', reason: 'The feature has no geometry.' }]);
  });

  it('MultiPoint', () => {
    expect(skippedOf(feature({ geometry: { type: 'MultiPoint', coordinates: [[29, 51]] } }))).toEqual([
      { index: 0, id: 'f1', code: 'not-a-point', reason: 'The geometry is a MultiPoint; a sighting must be a single Point.' },
    ]);
  });

  it('nested GeometryCollection', () => {
    const nested = { type: 'GeometryCollection', geometries: [{ type: 'GeometryCollection', geometries: [point([29, 51])] }] };
    expect(skippedOf(feature({ geometry: nested }))).toEqual([
      { index: 0, id: 'f1', code: 'not-a-point', reason: 'The geometry is a GeometryCollection; a sighting must be a single Point.' },
    ]);
  });

  it('missing and short coordinates', () => {
    expect(skippedOf(feature({ geometry: { type: 'Point' } }))[0]?.reason).toBe('The Point has no coordinates.');
    expect(skippedOf(feature({ geometry: point('29.15,51.81') }))[0]?.reason).toBe(
      "The Point's coordinates are the text \"29.15,51.81\", not a [longitude, latitude] list.",
    );
    expect(skippedOf(feature({ geometry: point([29]) }))[0]?.reason).toBe('The Point has 1 coordinate(s); it needs longitude and latitude.');
  });

  it('NaN in an object input', () => {
    expect(skippedOf(feature({ geometry: point([Number.NaN, 51]) }))).toEqual([
      { index: 0, id: 'f1', code: 'invalid-coordinates', reason: 'The longitude is NaN, not a finite number.' },
    ]);
  });

  it('Infinity, from an object and from 1e999 in JSON text', () => {
    expect(skippedOf(feature({ geometry: point([29, Number.POSITIVE_INFINITY]) }))[0]?.reason).toBe('The latitude is Infinity, not a finite number.');
    const text = '{"type":"FeatureCollection","features":[{"type":"Feature","id":"f1","geometry":{"type":"Point","coordinates":[-1e999,51]}}]}';
    expect(parseFeed(text)).toEqual({
      ok: false,
      error: { code: 'no-usable-features', message: 'The only feature could not be used (feature 0: the longitude is -Infinity, not a finite number).' },
    });
  });

  it('1e308', () => {
    expect(skippedOf(feature({ geometry: point([1e308, 51]) }))).toEqual([
      { index: 0, id: 'f1', code: 'longitude-out-of-range', reason: 'The longitude 1e+308 is outside −180…180.' },
    ]);
  });

  it('longitude 181', () => {
    expect(skippedOf(feature({ geometry: point([181, 51]) }))[0]).toMatchObject({ code: 'longitude-out-of-range', reason: 'The longitude 181 is outside −180…180.' });
  });

  it('latitude -91', () => {
    expect(skippedOf(feature({ geometry: point([29, -91]) }))[0]).toMatchObject({ code: 'latitude-out-of-range', reason: 'The latitude -91 is outside −90…90.' });
  });

  it('string coordinates', () => {
    expect(skippedOf(feature({ geometry: point(['29.15', '51.81']) }))[0]).toMatchObject({
      code: 'invalid-coordinates',
      reason: 'The longitude is the text "29.15", not a finite number.',
    });
  });

  it('bad dates: an impossible day and a word', () => {
    expect(skippedOf(feature({ properties: { observedAt: '2022-02-30' } }))[0]).toMatchObject({
      code: 'invalid-date',
      reason: 'observedAt "2022-02-30" is not a real ISO 8601 date.',
    });
    expect(skippedOf(feature({ properties: { postedAt: 'yesterday' } }))[0]).toMatchObject({
      code: 'invalid-date',
      reason: 'postedAt "yesterday" is not a real ISO 8601 date.',
    });
    expect(skippedOf(feature({ properties: { observedAt: 1642498200000 } }))[0]?.reason).toBe('observedAt is the number 1642498200000, not an ISO 8601 date.');
  });

  it('ids of the wrong type or absurd length', () => {
    expect(skippedOf(feature({ id: { $oid: 'x' } }))).toEqual([{ index: 0, code: 'invalid-id', reason: 'The id is an object; it must be text or a number.' }]);
    expect(skippedOf(feature({ id: 'x'.repeat(300) }))[0]?.reason).toBe('The id has 300 characters; at most 256 are allowed.');
  });

  it('duplicate ids', () => {
    const result = success(parseFeed(feed(feature({ id: 'dup' }), feature({ id: 'dup' }), feature({ id: 'dup' }))));
    expect(result.sightings).toHaveLength(1);
    expect(result.skipped.map((s) => [s.index, s.code])).toEqual([
      [1, 'duplicate-id'],
      [2, 'duplicate-id'],
    ]);
  });

  it('a getter that throws', () => {
    const trap = feature();
    Object.defineProperty(trap, 'properties', {
      enumerable: true,
      get() {
        throw new TypeError('boom');
      },
    });
    expect(skippedOf(trap)).toEqual([{ index: 0, code: 'unreadable', reason: 'The feature could not be read (TypeError).' }]);
  });
});

describe('features that are kept, with warnings', () => {
  it('wrong types everywhere: every optional field dropped, the point kept', () => {
    const properties = {
      source: { platform: 42, url: 7, author: [], caption: {}, hashtags: 'танки', archivedUrl: false },
      place: true,
      locationPrecision: { level: 'street', uncertaintyKm: '3' },
      heading: {},
      equipment: [null],
      locomotive: 10,
      wagons: '40',
      status: 1,
    };
    const result = success(parseFeed(feed(feature({ properties }))));
    expect(result.sightings[0]).toEqual({
      id: 'f1',
      lon: 29.15,
      lat: 51.81,
      hashtags: [],
      equipment: [],
      militaryEchelon: false,
      status: 'unverified',
      derived: { equipment: false, locomotive: false, operator: false },
      extra: {},
    });
    expect(result.warnings.map((w) => `${w.code} | ${w.message}`)).toEqual([
      'invalid-field | source.caption is an object, not text; it was dropped.',
      'invalid-field | source.hashtags is the text "танки", not a list of hashtags; it was dropped.',
      'invalid-field | equipment[0] is null, not one of tank, apc-ifv, light-armoured, artillery, mlrs, air-defence, truck, fuel, ammunition, engineering, medical, other; it was dropped.',
      'invalid-field | status is the number 1, not one of unverified, geolocated, confirmed, disputed, disinformation; "unverified" is used instead.',
      'invalid-field | source.platform is the number 42, not one of tiktok, telegram, vk, twitter, youtube, other; it was dropped.',
      'unsafe-url | source.url is the number 7, not an http(s) link; it was dropped.',
      'unsafe-url | source.archivedUrl is a boolean, not an http(s) link; it was dropped.',
      'invalid-field | source.author is an array, not text; it was dropped.',
      'invalid-field | place is a boolean, not text; it was dropped.',
      'invalid-field | locationPrecision.level is the text "street", not one of exact, approximate, town, region; it was dropped.',
      'invalid-field | locationPrecision.uncertaintyKm is the text "3", not a distance in km of 0 or more; it was dropped.',
      'invalid-field | heading is an object, not a compass point (N, NE, E, SE, S, SW, W, NW) or degrees 0–360; it was dropped.',
      'invalid-field | locomotive is the number 10, not text; it was dropped.',
      'invalid-field | wagons is the text "40", not a whole number of 0 or more; it was dropped.',
    ]);
  });

  it('HTML and <script> in a caption are kept verbatim as text', () => {
    const caption = '<img src=x onerror=alert(1)><script>alert("xss")</script> &amp; #танки';
    const result = success(parseFeed(feed(feature({ properties: { source: { caption } } }))));
    expect(result.sightings[0]?.caption).toBe(caption);
    expect(result.warnings).toEqual([]);
  });

  it.each([
    ['javascript:alert(document.cookie)'],
    ['JaVaScRiPt:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox("x")'],
    ['//evil.com/x'],
  ])('the link %s is dropped with unsafe-url', (url) => {
    const result = success(parseFeed(feed(feature({ properties: { source: { url, archivedUrl: url } } }))));
    expect(result.sightings[0]).not.toHaveProperty('url');
    expect(result.sightings[0]).not.toHaveProperty('archivedUrl');
    expect(result.warnings.map((w) => w.code)).toEqual(['unsafe-url', 'unsafe-url']);
  });

  it('non-UTF-8 bytes become replacement characters in the text, without a crash', () => {
    const encoder = new TextEncoder();
    const before = encoder.encode('{"type":"FeatureCollection","features":[{"type":"Feature","id":"f1","geometry":{"type":"Point","coordinates":[29.15,51.81]},"properties":{"source":{"caption":"ok ');
    const after = encoder.encode(' end"}}}]}');
    const bytes = new Uint8Array([...before, 0xff, 0xc3, 0x28, ...after]);
    const fromBytes = success(parseFeed(bytes));
    const fromDecodedText = success(parseFeed(new TextDecoder().decode(bytes)));
    expect(fromBytes.sightings[0]?.caption).toBe('ok \uFFFD\uFFFD( end');
    expect(fromDecodedText.sightings[0]?.caption).toBe('ok \uFFFD\uFFFD( end');
  });

  it('a 100 MB caption is cut to 10,000 characters', () => {
    const huge = 'a'.repeat(100_000_000);
    const result = success(parseFeed(feed(feature({ properties: { source: { caption: huge }, note: huge } }))));
    expect(result.sightings[0]?.caption).toHaveLength(10_000);
    expect(result.sightings[0]?.extra.note).toHaveLength(10_000);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'note had 100000000 characters; only the first 10000 are kept.',
      'source.caption had 100000000 characters; only the first 10000 are kept.',
    ]);
  });

  it('a million hashtags are cut to 100', () => {
    const hashtags = Array.from({ length: 1_000_000 }, (_, i) => `tag${i}`);
    const result = success(parseFeed(feed(feature({ properties: { source: { hashtags } } }))));
    expect(result.sightings[0]?.hashtags).toHaveLength(100);
    expect(result.warnings.map((w) => w.message)).toEqual(['Only the first 100 hashtags are kept.']);
    // A 20 MB feed: allow for a busy machine rather than fail on the clock.
  }, 60_000);

  it('__proto__ keys pollute nothing and are dropped', () => {
    const text = `{"type":"FeatureCollection","__proto__":{"polluted":1},"features":[{"type":"Feature","id":"f1","__proto__":{"polluted":2},
      "geometry":{"type":"Point","coordinates":[29.15,51.81]},
      "properties":{"__proto__":{"polluted":3},"status":"confirmed","source":{"__proto__":{"polluted":4},"url":"https://t.me/a/1"}}}]}`;
    const result = success(parseFeed(text));
    const sighting = result.sightings[0];
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(sighting?.status).toBe('confirmed');
    expect(sighting?.url).toBe('https://t.me/a/1');
    expect(Object.getPrototypeOf(sighting?.extra)).toBe(Object.prototype);
    expect(Object.keys(sighting?.extra ?? {})).toEqual([]);
    expect(result.warnings.map((w) => w.message)).toEqual(['The property "__proto__" is not allowed; it was dropped.']);
    expect(Object.assign({}, sighting?.extra).polluted).toBeUndefined();
  });

  it('a deeply nested unknown property is dropped so structured clone cannot overflow', () => {
    const text = `{"type":"FeatureCollection","features":[{"type":"Feature","id":"f1","geometry":{"type":"Point","coordinates":[29.15,51.81]},"properties":{"deep":${'['.repeat(100_000)}${']'.repeat(100_000)},"shallow":[[1]]}}]}`;
    const result = success(parseFeed(text));
    expect(result.sightings[0]?.extra).toEqual({ shallow: [[1]] });
    expect(result.warnings.map((w) => w.message)).toEqual(['The property "deep" nests more than 32 levels deep; it was dropped.']);
    expect(() => structuredClone(result.sightings)).not.toThrow();
  });

  it('invisible and right-to-left control characters stay in the text', () => {
    const caption = 'танки\u200B\u202Eреверс\u202C';
    expect(success(parseFeed(feed(feature({ properties: { source: { caption } } })))).sightings[0]?.caption).toBe(caption);
  });
});
