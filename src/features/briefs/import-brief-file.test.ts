import { describe, expect, it, vi } from 'vitest';
import { buildBrief } from '../../domain/brief/build-brief';
import { buildInput } from '../../domain/brief/brief-test-fixtures';
import { createTestClock, createTestDatabase } from '../../db/test-database';
import type { AnnotationRecord } from '../../db/records';
import { describeBriefImport, importBriefText } from './import-brief-file';

function briefText(): string {
  return JSON.stringify(buildBrief(buildInput()));
}

async function snapshot(database: ReturnType<typeof createTestDatabase>) {
  return {
    local: await database.localSightings.toArray(),
    feeds: await database.localFeeds.toArray(),
    annotations: await database.annotations.toArray(),
    briefs: await database.briefs.toArray(),
    history: await database.history.count(),
  };
}

describe('importBriefText', () => {
  it('restores every sighting, annotation and the brief into an empty workspace', async () => {
    const database = createTestDatabase();
    const result = await importBriefText(database, briefText(), 'brief.geojson', new Set(), 'Petro', createTestClock());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const input = buildInput();
    const ids = input.sightings.map((s) => s.id);
    const stored = await snapshot(database);
    expect(stored.local.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(stored.feeds).toHaveLength(1);
    expect(stored.feeds[0]).toMatchObject({ name: 'Brief “Armour near Kalinkavichy”', sourceFileName: 'brief.geojson', count: ids.length });
    expect(stored.briefs).toEqual([
      {
        id: 'brief-1',
        title: 'Armour near Kalinkavichy',
        summary: 'Two echelons heading south-east.',
        author: 'analyst-a',
        sightingIds: ids,
        view: { lon: 29, lat: 52, zoom: 7 },
        filters: { statuses: ['confirmed', 'geolocated'], maxBorderKm: 64 },
        createdAt: '2024-02-01T08:00:00.000Z',
        updatedAt: '2024-02-20T16:30:00.000Z',
      },
    ]);
    const original = input.annotations as AnnotationRecord[];
    for (const annotation of original) {
      const back = stored.annotations.find((a) => a.sightingId === annotation.sightingId);
      expect(back).toMatchObject({ note: annotation.note, tags: annotation.tags, pinned: annotation.pinned, updatedAt: annotation.updatedAt });
    }
    expect(result.report).toMatchObject({ added: ids.length, alreadyPresent: 0, annotationsAdded: original.length });
  });

  it('does not store sightings the workspace already shows', async () => {
    const database = createTestDatabase();
    const result = await importBriefText(database, briefText(), 'b.geojson', new Set(['tt-1']), 'Petro', createTestClock());
    expect(result.ok && result.report.alreadyPresent).toBe(1);
    expect((await database.localSightings.toArray()).map((r) => r.id)).not.toContain('tt-1');
  });

  it('merges into a busy workspace: both notes kept, newest status, nothing duplicated, twice is a no-op', async () => {
    const database = createTestDatabase();
    const clock = createTestClock('2030-01-01T00:00:00.000Z');
    await importBriefText(database, briefText(), 'b.geojson', new Set(), 'Petro', clock);
    const mine = (await database.annotations.get('tt-1'))!;
    await database.annotations.put({ ...mine, note: 'My own reading of the clip.', status: 'disputed', updatedAt: '2030-06-01T00:00:00.000Z' });
    const localBefore = await database.localSightings.count();

    const result = await importBriefText(database, briefText(), 'b.geojson', new Set(), 'Petro', clock);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.added).toBe(0);
    expect(result.report.notesCombined).toBe(1);
    expect(result.report.statusTakenFrom).toEqual({ workspace: 1, brief: 0 });
    expect(result.report.brief.outcome).toBe('already-present');
    const merged = (await database.annotations.get('tt-1'))!;
    expect(merged.note.startsWith('My own reading of the clip.')).toBe(true);
    expect(merged.note).toContain(mine.note);
    expect(merged.status).toBe('disputed');
    expect(await database.localSightings.count()).toBe(localBefore);
    expect(describeBriefImport(result)).toEqual([
      'Imported brief “Armour near Kalinkavichy”: 0 sightings added, 3 already present.',
      'Annotations: 1 annotation merged (1 note combined: both kept), 1 annotation already up to date.',
      'Where the statuses differed, the more recent was kept: the brief’s for 0 sightings, yours for 1 sighting.',
      'The brief “Armour near Kalinkavichy” was already in your workspace, unchanged.',
    ]);
  });

  it('writes nothing for a file that is not a brief', async () => {
    const database = createTestDatabase();
    const result = await importBriefText(database, '{"type":"FeatureCollection","features":[]}', 'x.geojson', new Set(), 'P');
    expect(result).toEqual({ ok: false, fileName: 'x.geojson', message: expect.stringContaining('not a railwatch brief') as unknown as string });
    expect(await snapshot(database)).toEqual({ local: [], feeds: [], annotations: [], briefs: [], history: 0 });
  });

  it('rolls everything back when a write fails half-way', async () => {
    const database = createTestDatabase();
    await database.open();
    vi.spyOn(database.briefs, 'add').mockRejectedValue(new Error('disk full'));
    const result = await importBriefText(database, briefText(), 'b.geojson', new Set(), 'P', createTestClock());
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(/^Nothing was imported\./);
    expect(await snapshot(database)).toEqual({ local: [], feeds: [], annotations: [], briefs: [], history: 0 });
  });
});
