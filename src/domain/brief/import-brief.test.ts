import { describe, expect, it } from 'vitest';
import { BRIEF_VERSION } from './brief-format';
import { buildInput, feedSightings, workspaceAnnotations } from './brief-test-fixtures';
import { buildBrief } from './build-brief';
import { parseBrief, type ParsedBrief } from './import-brief';

const BORDER = [[23.6, 51.5], [31.765, 52.1]];

function briefObject(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(buildBrief(buildInput({ includeBorder: BORDER })))) as Record<string, unknown>;
}

function parsedOk(input: unknown): ParsedBrief {
  const result = parseBrief(input);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

function withEnvelope(patch: Record<string, unknown>): Record<string, unknown> {
  const brief = briefObject();
  return { ...brief, railwatchBrief: { ...(brief.railwatchBrief as object), ...patch } };
}

describe('parseBrief refuses what is not a readable brief', () => {
  it.each([
    ['text that is not JSON', '{"type": "FeatureCollection",', 'not-json'],
    ['JSON that is not GeoJSON', '[1, 2, 3]', 'not-a-brief'],
    ['a plain sighting feed', JSON.stringify({ type: 'FeatureCollection', features: [] }), 'not-a-brief'],
  ])('%s', (_label, input, code) => {
    const result = parseBrief(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('refuses another format under the same member name', () => {
    const result = parseBrief(withEnvelope({ format: 'someone-elses-brief' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-format' } });
  });

  it('refuses a newer version with a message asking to update', () => {
    const result = parseBrief(withEnvelope({ version: BRIEF_VERSION + 1 }));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'newer-version',
        message: `This brief was written by a newer railwatch (brief format version ${BRIEF_VERSION + 1}); this railwatch reads up to version ${BRIEF_VERSION}. Update railwatch to import it.`,
      },
    });
  });

  it.each([
    ['no title', { title: '  ' }],
    ['no id', { id: '' }],
    ['a version that is not a whole number', { version: '1' }],
    ['no generation time', { generatedAt: 'soon' }],
  ])('refuses an envelope with %s', (_label, patch) => {
    expect(parseBrief(withEnvelope(patch))).toMatchObject({ ok: false, error: { code: 'invalid-envelope' } });
  });
});

describe('parseBrief reads a brief', () => {
  const parsed = parsedOk(JSON.stringify(buildBrief(buildInput({ includeBorder: BORDER }))));

  it('reads the envelope and counts the sightings, not the reference border', () => {
    expect(parsed.brief).toMatchObject({ id: 'brief-1', title: 'Armour near Kalinkavichy', sightingCount: 3, options: {} });
    expect(parsed.sightings.map((s) => s.id)).toEqual(['tt-1', 'tg-2', 'gen-hgddl7bhtw']);
    expect(parsed.skipped).toEqual([]);
  });

  it("puts the feed's position back as the geometry and the correction into the annotation", () => {
    expect(parsed.sightings[0]?.geometry).toEqual({ type: 'Point', coordinates: [29.25, 52.05] });
    expect(parsed.annotations[0]?.correctedLocation).toEqual({ lon: 29.3, lat: 52.1, uncertaintyKm: 0.5 });
  });

  it('removes the railwatch members and puts a set-aside feed property back', () => {
    const props = parsed.sightings[0]?.properties ?? {};
    for (const key of ['railwatchStatus', 'originalLocation', 'provenance', 'borderDistance', 'railwatchShadowed', 'railwatchDerived']) {
      expect(props).not.toHaveProperty(key);
    }
    expect(props.annotation).toBe('a feed property that clashes with a railwatch member');
    expect(props.verifiedBy).toBe('GeoConfirmed');
  });

  it('accepts a byte order mark and an already parsed object', () => {
    const text = JSON.stringify(buildBrief(buildInput()));
    expect(parsedOk(`\uFEFF${text}`).sightings).toHaveLength(3);
    expect(parsedOk(JSON.parse(text)).annotations).toHaveLength(2);
  });
});

describe('parseBrief with edited or damaged files', () => {
  it('skips features without an id or a Point, and repeated ids, saying which', () => {
    const brief = briefObject();
    const features = brief.features as Record<string, unknown>[];
    const broken = [
      { ...features[0], id: undefined },
      { ...features[1], geometry: { type: 'Point', coordinates: [200, 10] } },
      features[2],
      features[2],
    ];
    const parsed = parsedOk({ ...brief, features: broken });
    expect(parsed.sightings.map((s) => s.id)).toEqual(['gen-hgddl7bhtw']);
    expect(parsed.skipped).toEqual([
      { index: 0, reason: 'Feature 0: no sighting id.' },
      { index: 1, reason: 'Feature 1: sighting "tg-2" has no valid Point.' },
      { index: 3, reason: 'Feature 3: the sighting id "gen-hgddl7bhtw" appears twice; the first is kept.' },
    ]);
  });

  it("fills an annotation's missing bookkeeping from the envelope and drops bad fields", () => {
    const brief = briefObject();
    const feature = (brief.features as { properties: Record<string, unknown> }[])[1]!;
    feature.properties.annotation = { note: 42, tags: ['ok', 7], status: 'certainly', pinned: 'yes' };
    expect(parsedOk(brief).annotations[1]).toStrictEqual({
      sightingId: 'tg-2',
      pinned: false,
      note: '',
      tags: ['ok'],
      createdAt: '2024-03-01T12:00:00.000Z',
      updatedAt: '2024-03-01T12:00:00.000Z',
      updatedBy: 'analyst-a',
    });
  });

  it('keeps a corrected position whose annotation was removed', () => {
    const brief = briefObject();
    delete (brief.features as { properties: Record<string, unknown> }[])[0]!.properties.annotation;
    const annotation = parsedOk(brief).annotations.find((a) => a.sightingId === 'tt-1');
    expect(annotation?.correctedLocation).toEqual({ lon: 29.3, lat: 52.1 });
  });

  it('does not let a "__proto__" property reach a prototype', () => {
    const text = JSON.stringify(buildBrief(buildInput())).replace('"verifiedBy"', '"__proto__":{"polluted":true},"verifiedBy"');
    const props = parsedOk(text).sightings[0]!.properties;
    expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseBrief and the fixtures agree', () => {
  it('reads as many annotations and sightings as were written', () => {
    const parsed = parsedOk(JSON.stringify(buildBrief(buildInput())));
    expect(parsed.sightings).toHaveLength(feedSightings().length);
    expect(parsed.annotations.map((a) => a.sightingId)).toEqual(workspaceAnnotations().map((a) => a.sightingId));
  });
});
