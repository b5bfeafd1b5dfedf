import { describe, expect, it } from 'vitest';
import { parseFeed } from '../sighting/parse-feed';
import { buildInput, feedSightings, workspaceAnnotations } from './brief-test-fixtures';
import { buildBrief } from './build-brief';
import { parseBrief, type ParsedBrief } from './import-brief';
import { planBriefMerge, type BriefMergePlan, type ExistingBrief, type ExistingWorkspace } from './plan-brief-merge';

const EMPTY: ExistingWorkspace = { sightingIds: new Set(), annotations: new Map(), briefs: [] };

function parsed(overrides: Parameters<typeof buildInput>[0] = {}): ParsedBrief {
  const result = parseBrief(JSON.stringify(buildBrief(buildInput(overrides))));
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

/** The workspace after writing `plan` into `workspace`, as the caller would. */
function applied(workspace: ExistingWorkspace, plan: BriefMergePlan): ExistingWorkspace {
  const annotations = new Map(workspace.annotations);
  for (const annotation of plan.annotationsToPut) annotations.set(annotation.sightingId, annotation);
  return {
    sightingIds: new Set([...workspace.sightingIds, ...plan.sightingsToAdd.map((s) => s.id)]),
    annotations,
    briefs: plan.briefToPut ? [...workspace.briefs, plan.briefToPut] : workspace.briefs,
  };
}

const ORIGINAL_BRIEF = {
  id: 'brief-1',
  title: 'Armour near Kalinkavichy',
  summary: 'Two echelons heading south-east.',
  author: 'analyst-a',
  sightingIds: ['tt-1', 'tg-2', 'gen-hgddl7bhtw'],
  view: { lon: 29, lat: 52, zoom: 7 },
  filters: { statuses: ['confirmed', 'geolocated'], maxBorderKm: 64 },
  createdAt: '2024-02-01T08:00:00.000Z',
  updatedAt: '2024-02-20T16:30:00.000Z',
};

describe('round trip: build → parse → plan into an empty workspace', () => {
  const plan = planBriefMerge(EMPTY, parsed());

  it('restores every sighting field by field (positions at 6 decimals)', () => {
    const reread = parseFeed({ type: 'FeatureCollection', features: plan.sightingsToAdd });
    if (!reread.ok) throw new Error(reread.error.message);
    const expected = feedSightings();
    expected[1]!.lon = 27.123457;
    expect(reread.sightings).toStrictEqual(expected);
    expect(reread.warnings).toEqual([]);
  });

  it('restores every annotation exactly', () => {
    expect(plan.annotationsToPut).toStrictEqual(workspaceAnnotations());
  });

  it('restores the brief record exactly', () => {
    expect(plan.briefToPut).toStrictEqual(ORIGINAL_BRIEF);
  });

  it('reports everything as added', () => {
    expect(plan.report).toEqual({
      added: 3,
      alreadyPresent: 0,
      annotationsAdded: 2,
      annotationsUnchanged: 0,
      annotationsMerged: [],
      notesCombined: 0,
      statusTakenFrom: { workspace: 0, brief: 0 },
      brief: { outcome: 'added', id: 'brief-1', title: 'Armour near Kalinkavichy' },
    });
  });
});

describe('planBriefMerge into a busy workspace', () => {
  it('adds only sightings the workspace does not have', () => {
    const plan = planBriefMerge({ ...EMPTY, sightingIds: new Set(['tt-1', 'other']) }, parsed());
    expect(plan.sightingsToAdd.map((s) => s.id)).toEqual(['tg-2', 'gen-hgddl7bhtw']);
    expect(plan.report).toMatchObject({ added: 2, alreadyPresent: 1 });
  });

  it('changes nothing when the same brief is imported a second time', () => {
    const once = applied(EMPTY, planBriefMerge(EMPTY, parsed()));
    const again = planBriefMerge(once, parsed());
    expect(again.sightingsToAdd).toEqual([]);
    expect(again.annotationsToPut).toEqual([]);
    expect(again.briefToPut).toBeUndefined();
    expect(again.report).toMatchObject({ added: 0, alreadyPresent: 3, annotationsUnchanged: 2, brief: { outcome: 'already-present', id: 'brief-1' } });
  });

  it('merges a differing annotation and says how', () => {
    const mine = { ...workspaceAnnotations()[1]!, note: 'Station sign reads Mozyr.', tags: ['rail'], status: 'geolocated' as const, updatedAt: '2024-01-05T00:00:00.000Z' };
    const plan = planBriefMerge({ ...EMPTY, annotations: new Map([['tg-2', mine]]) }, parsed());
    expect(plan.report.annotationsMerged).toEqual([{ id: 'tg-2', what: 'kept both notes (the brief\'s by analyst-a); added tags apc' }]);
    expect(plan.report).toMatchObject({ annotationsAdded: 1, notesCombined: 1, statusTakenFrom: { workspace: 0, brief: 0 } });
    expect(plan.annotationsToPut.find((a) => a.sightingId === 'tg-2')).toMatchObject({
      note: 'Station sign reads Mozyr.\n\n— Note from analyst-a, 2024-02-01T08:00:00.000Z (brief "Armour near Kalinkavichy") —\nCheck the station sign.',
      tags: ['rail', 'apc'],
      status: 'geolocated',
    });
  });
});

describe('planBriefMerge and briefs already in the workspace', () => {
  const changed: ExistingBrief = { ...ORIGINAL_BRIEF, summary: 'My own, different summary.' };

  it('imports as a copy with a new id and "(imported)" title when the id holds a different brief', () => {
    const plan = planBriefMerge({ ...EMPTY, briefs: [changed] }, parsed());
    expect(plan.briefToPut).toStrictEqual({ ...ORIGINAL_BRIEF, id: 'brief-1-imported', title: 'Armour near Kalinkavichy (imported)' });
    expect(plan.report.brief).toEqual({ outcome: 'copied', id: 'brief-1-imported', title: 'Armour near Kalinkavichy (imported)' });
  });

  it('recognises its own earlier copy, and makes a second copy for a changed file', () => {
    const first = applied({ ...EMPTY, briefs: [changed] }, planBriefMerge({ ...EMPTY, briefs: [changed] }, parsed()));
    expect(planBriefMerge(first, parsed()).report.brief).toEqual({ outcome: 'already-present', id: 'brief-1-imported', title: 'Armour near Kalinkavichy (imported)' });
    const edited = parsed({ brief: { ...buildInput().brief, title: 'Armour, revised' } });
    expect(planBriefMerge(first, edited).report.brief).toEqual({ outcome: 'copied', id: 'brief-1-imported-2', title: 'Armour, revised (imported)' });
  });

  it('treats a stored brief known only by id and title as different, never overwriting it', () => {
    const plan = planBriefMerge({ ...EMPTY, briefs: [{ id: 'brief-1', title: 'Armour near Kalinkavichy' }] }, parsed());
    expect(plan.report.brief.outcome).toBe('copied');
  });
});
